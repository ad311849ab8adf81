package io.dateline.eval.actors;

import java.util.List;

/** A gold sentence with its source and target actors. */
public record GoldSentence(String id, String text, List<GoldActor> actors) {
    public GoldSentence {
        actors = List.copyOf(actors);
    }
}
