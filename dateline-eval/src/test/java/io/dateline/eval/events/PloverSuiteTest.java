package io.dateline.eval.events;

import io.dateline.eval.EvalReport;
import io.dateline.eval.events.PloverSuite.Prediction;
import io.dateline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PloverSuiteTest {
    private static final double EPS = 1e-12;

    @Test
    void oldTypeNamesAreComparedInTheTwentyTwentyOneTaxonomy() {
        assertEquals("REQUEST", PloverTypes.normalise("DEMAND"));
        assertEquals("ACCUSE", PloverTypes.normalise("disapprove"));
        assertEquals("ACCUSE", PloverTypes.normalise("INVESTIGATE"));
        assertEquals("ASSAULT", PloverTypes.normalise(" FIGHT "));
        assertEquals("PROTEST", PloverTypes.normalise("PROTEST"));
        assertNull(PloverTypes.normalise(""));
        assertEquals("heavy-weapons", PloverTypes.normaliseMode(" Heavy-Weapons"));
    }

    /*
     * gold (2021 names)  ASSAULT/heavy-weapons  REQUEST  PROTEST/demo-org  PROTEST  AGREE
     * ours               ASSAULT/heavy-weapons  REQUEST  PROTEST/riot      -        PROTEST
     * types right: items 1, 2, 3 -> accuracy 3/5.
     * ASSAULT F1 1; REQUEST F1 1; PROTEST TP 1 FP 1 FN 1 -> 1/2; AGREE 0 -> macro (1 + 1 + 1/2 + 0) / 4 = 5/8.
     * gold modes on items 1 and 3; right type and mode only on item 1 -> mode accuracy 1/2.
     */
    @Test
    void handComputedScores() {
        List<PloverItem> gold = List.of(
                new PloverItem("1", "t", "FIGHT", "heavy-weapons"),
                new PloverItem("2", "t", "DEMAND", null),
                new PloverItem("3", "t", "PROTEST", "demo-org"),
                new PloverItem("4", "t", "PROTEST", null),
                new PloverItem("5", "t", "AGREE", null));
        List<Prediction> ours = List.of(
                new Prediction("ASSAULT", "heavy-weapons"),
                new Prediction("REQUEST", null),
                new Prediction("PROTEST", "riot"),
                Prediction.NONE,
                new Prediction("PROTEST", null));
        Map<String, Double> m = PloverSuite.score(gold, ours);
        assertEquals(5.0, m.get("items"));
        assertEquals(0.6, m.get("accuracy"), EPS);
        assertEquals(5.0 / 8, m.get("macro_f1"), EPS);
        assertEquals(2.0, m.get("mode_items"));
        assertEquals(0.5, m.get("mode_accuracy"), EPS);
    }

    @Test
    void rightModeUnderWrongTypeDoesNotCount() {
        Map<String, Double> m = PloverSuite.score(List.of(new PloverItem("1", "t", "COERCE", "curfew")),
                List.of(new Prediction("THREATEN", "curfew")));
        assertEquals(0.0, m.get("mode_accuracy"), EPS);
    }

    @Test
    void runsThePipelineOnEachSentence(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), """
                [{"id": "a", "event": "PROTEST", "mode": "demo-org", "text": "Farmers rallied in the capital."},
                 {"id": "b", "event": "CONSULT", "text": "The ministers met on Monday."}]""");
        EvalReport report = new PloverSuite().run(List.of(file), TestEvents.pipeline(text -> text.contains("rallied")
                ? List.<Event>of(TestEvents.plover("PROTEST", "demo-org", 0.8)) : List.of()));
        Map<String, Double> m = report.rows().get(0).metrics();
        assertEquals(0.5, m.get("accuracy"), EPS);
        assertEquals(0.5, m.get("macro_f1"), EPS);
        assertEquals(1.0, m.get("mode_accuracy"), EPS);
    }
}
