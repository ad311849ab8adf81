package io.dateline.events;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Layer;
import io.dateline.pipeline.Stage;

import java.util.Set;

/**
 * The events layer: ACLED / PLOVER coded events with status, actors, place, date and casualties. Works with empty
 * places, dates and actors layers too (events then lack those fields). The embedding model is loaded on the first
 * candidate sentence, not when the stage is built.
 */
public final class EventStage implements Stage {
    private final EventExtractor extractor;
    private volatile EventExtractor lazy;

    /** The standard stage; its models load on first use. */
    public EventStage() {
        this.extractor = null;
    }

    public EventStage(EventExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.PLACES, Layer.DATES, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public AnnotatedArticle process(AnnotatedArticle article) {
        return article.withEvents(extractor().extract(article));
    }

    private EventExtractor extractor() {
        if (extractor != null) {
            return extractor;
        }
        EventExtractor e = lazy;
        if (e == null) {
            synchronized (this) {
                e = lazy;
                if (e == null) {
                    e = new EventExtractor(new EventClassifier(EventModels.standard()));
                    lazy = e;
                }
            }
        }
        return e;
    }
}
