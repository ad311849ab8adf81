package io.dateline.eval.actors;

import io.dateline.Dateline;
import io.dateline.actors.ActorKnowledgeBase;
import io.dateline.eval.EvalReport;
import io.dateline.model.ActorMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActorsSuiteTest {
    // Two sentences written for this test in the PLOVER record layout; the second actor of the first cannot be found.
    private static final String GOLD = """
            [
              {"id": "doc", "event": "DOCUMENT", "eventText": "not a sentence"},
              {"id": "s1", "text": "Kenyan police dispersed protesters in Nairobi.",
               "source": [{"actorText": "Kenyan police", "code": "KEN", "sector": "COP"},
                          {"actorText": "Tanzanian police", "code": "TZA", "sector": "COP"}],
               "target": [{"actorText": "protesters", "code": "KEN", "sector": "CVL"}]},
              {"id": "s2", "text": "The Houthis fired at a ship, NATO said.",
               "source": [{"actorText": "Houthis", "code": "YEM", "sector": "REB"}],
               "target": ""}
            ]
            """;

    @Test
    void readerLocatesActorsAndDerivesKindAndCountry(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("gold.json"), GOLD);
        PloverActorReader reader = new PloverActorReader(ActorKnowledgeBase.standard());
        List<GoldSentence> sentences = reader.read(file);
        assertEquals(2, sentences.size());
        assertEquals(1, reader.unlocated());
        GoldActor police = sentences.get(0).actors().get(0);
        assertEquals(0, police.start());
        assertEquals(13, police.end());
        assertEquals("state_forces", police.kinds());
        assertEquals("KE", police.country());
    }

    @Test
    void scorerCountsOverlapKindAndCountry() {
        GoldSentence sentence = new GoldSentence("s", "Kenyan police dispersed protesters.", List.of(
                new GoldActor(0, 13, "Kenyan police", "state_forces", "KE"),
                new GoldActor(24, 34, "protesters", "civilians", "KE")));
        ActorScorer scorer = new ActorScorer();
        scorer.add(sentence, List.of(new ActorMention(7, 13, "police", "Police Forces", "state_forces", null)));
        ActorScore score = scorer.score();
        assertEquals(2, score.gold());
        assertEquals(1, score.found());
        assertEquals(0.5, score.recall());
        assertEquals(1.0, score.kindAccuracy());
        assertEquals(0.0, score.countryAccuracy());
    }

    @Test
    void suiteRunsThePipeline(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("gold.json"), GOLD);
        EvalReport report = new ActorsSuite().run(List.of(file), Dateline.standardPipeline());
        assertEquals("actors", report.suite());
        EvalReport.Row row = report.rows().get(0);
        assertEquals(3.0, row.metrics().get("gold_actors"));
        assertEquals(1.0, row.metrics().get("recall"));
        assertEquals(1.0, row.metrics().get("kind_accuracy"));
        assertEquals(1.0, row.metrics().get("country_accuracy"));
    }

    @Test
    void unknownCodesSayNothing() {
        GoldActor actor = new GoldActor(0, 1, "x", null, null);
        assertEquals(false, actor.kindAccepts("rebel"));
        assertNull(actor.country());
    }
}
