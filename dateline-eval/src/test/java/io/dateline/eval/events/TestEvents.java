package io.dateline.eval.events;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Event;
import io.dateline.model.EventLocation;
import io.dateline.model.Layer;
import io.dateline.model.Span;
import io.dateline.pipeline.Pipeline;
import io.dateline.pipeline.Stage;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Events built with only the fields a suite reads, and a pipeline whose single stage makes them up. */
final class TestEvents {
    private TestEvents() {
    }

    static Event coded(String category, String subEventType, double confidence) {
        return event(category, subEventType, null, null, confidence, null, null);
    }

    static Event plover(String type, String mode, double confidence) {
        return event(null, null, type, mode, confidence, null, null);
    }

    static Event located(Span evidence, Span location, double confidence) {
        EventLocation where = location == null ? null : new EventLocation(location.start(), location.end(), "x", "x",
                null, null, null, null, null, null, 1);
        return event(null, null, null, null, confidence, evidence, where);
    }

    static Event event(String category, String subEventType, String plover, String mode, double confidence,
                       Span evidence, EventLocation location) {
        return new Event("e", null, 0, null, subEventType, category, plover, mode, "occurred", null, null, List.of(),
                List.of(), location, null, null, confidence, evidence);
    }

    /** A pipeline that gives each article the events {@code coder} finds in its text. */
    static Pipeline pipeline(Function<String, List<Event>> coder) {
        return Pipeline.builder().add(new Stage() {
            @Override
            public Set<Layer> requires() {
                return Set.of(Layer.TEXT);
            }

            @Override
            public Set<Layer> provides() {
                return Set.of(Layer.EVENTS);
            }

            @Override
            public AnnotatedArticle process(AnnotatedArticle article) {
                return article.withEvents(coder.apply(article.text()));
            }
        }).build();
    }
}
