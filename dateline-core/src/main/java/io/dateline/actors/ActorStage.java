package io.dateline.actors;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Layer;
import io.dateline.pipeline.Stage;

import java.util.Set;

/** The actors layer: named actors, generic agents and unknown organisations, with kind and country. */
public final class ActorStage implements Stage {
    private final ActorRecognizer recognizer;

    /** With the bundled knowledge base (loaded once per JVM). */
    public ActorStage() {
        this(ActorKnowledgeBase.standard());
    }

    public ActorStage(ActorKnowledgeBase kb) {
        this.recognizer = new ActorRecognizer(kb);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public AnnotatedArticle process(AnnotatedArticle article) {
        return article.withActors(recognizer.recognise(article.text()));
    }
}
