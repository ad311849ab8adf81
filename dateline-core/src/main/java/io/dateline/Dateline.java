package io.dateline;

import io.dateline.actors.ActorStage;
import io.dateline.dates.DateStage;
import io.dateline.events.EventStage;
import io.dateline.pipeline.Pipeline;
import io.dateline.places.PlaceStage;
import io.dateline.text.NewsSentenceSplitter;
import io.dateline.text.NewsTokenizer;
import io.dateline.text.TextStage;

/** Entry point for library users: the standard pipeline, built once and shared by all threads. */
public final class Dateline {
    private Dateline() {
    }

    public static Pipeline standardPipeline() {
        return Pipeline.builder()
                .add(new TextStage(new NewsTokenizer(), new NewsSentenceSplitter()))
                .add(new PlaceStage())
                .add(new DateStage())
                .add(new ActorStage())
                .add(new EventStage())
                .build();
    }
}
