package io.dateline.actors;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Layer;
import io.dateline.model.PlaceMention;
import io.dateline.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The actors layer: named actors, generic agents and unknown organisations, with kind and country. */
public final class ActorStage implements Stage {
    private static final Set<String> COUNTRY_FEATURES = Set.of("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "TERR",
            "CONT", "RGN");
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
        return Set.of(Layer.TEXT, Layer.TOKENS, Layer.PLACES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public AnnotatedArticle process(AnnotatedArticle article) {
        return article.withActors(recognizer.recognise(article.text(), townCountries(article.places())));
    }

    /**
     * Countries of the towns and areas the article names: "gunmen attacked a checkpoint near Djibo ... toward the
     * border with Mali" is a story from Burkina Faso, which only Djibo tells. Country names are counted by the
     * recognizer itself.
     */
    private static List<String> townCountries(List<PlaceMention> places) {
        List<String> out = new ArrayList<>(places.size());
        for (PlaceMention p : places) {
            if (p.country() != null && p.feature() != null && !COUNTRY_FEATURES.contains(p.feature())) {
                out.add(p.country());
            }
        }
        return out;
    }
}
