package io.dateline.eval.events;

import io.dateline.eval.EvalReport;
import io.dateline.model.Event;
import io.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.dateline.eval.events.TestEvents.located;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EventLocationSuiteTest {
    private static final double EPS = 1e-12;

    private static EventLocationItem item(Span... gold) {
        return new EventLocationItem("i", "t", null, List.of(gold));
    }

    /*
     * 1 gold [10,16)            ours [10,16)   strict and overlap right
     * 2 gold [10,16)            ours [7,16)    overlap right only
     * 3 gold [10,16), [20,25)   ours [20,25)   strict right (any gold span)
     * 4 gold [10,16)            ours none      wrong
     * 5 gold none               ours none      right
     * 6 gold none               ours [3,5)     wrong
     * 7 gold [10,16)            ours [0,4)     wrong
     * accuracy strict 3/7, overlap 4/7; located items 5: strict 2/5, overlap 3/5; coverage 5/7.
     */
    @Test
    void handComputedScores() {
        List<EventLocationItem> gold = List.of(
                item(new Span(10, 16)),
                item(new Span(10, 16)),
                item(new Span(10, 16), new Span(20, 25)),
                item(new Span(10, 16)),
                item(),
                item(),
                item(new Span(10, 16)));
        List<Span> ours = Arrays.asList(new Span(10, 16), new Span(7, 16), new Span(20, 25), null, null,
                new Span(3, 5), new Span(0, 4));
        Map<String, Double> m = EventLocationSuite.score(gold, ours);
        assertEquals(7.0, m.get("items"));
        assertEquals(3.0 / 7, m.get("accuracy_strict"), EPS);
        assertEquals(4.0 / 7, m.get("accuracy_overlap"), EPS);
        assertEquals(5.0, m.get("located_items"));
        assertEquals(2.0 / 5, m.get("located_accuracy_strict"), EPS);
        assertEquals(3.0 / 5, m.get("located_accuracy_overlap"), EPS);
        assertEquals(5.0 / 7, m.get("coverage"), EPS);
    }

    @Test
    void touchingSpansDoNotOverlap() {
        Map<String, Double> m = EventLocationSuite.score(List.of(item(new Span(10, 16))), List.of(new Span(16, 20)));
        assertEquals(0.0, m.get("accuracy_overlap"), EPS);
    }

    /** Two events in one sentence: the one whose evidence covers the gold verb is scored, though less confident. */
    @Test
    void scoresTheEventAtTheGoldVerb(@TempDir Path dir) throws IOException {
        // "Troops left Arvana and shelled Brisk ." verb "shelled" [21,28), location "Brisk" [29,34)
        String line = "{\"text\": \"Troops left Arvana and shelled Brisk .\", \"_id\": \"x\", \"spans\": ["
                + "{\"start\": 21, \"end\": 28, \"label\": \"VERB\"},"
                + "{\"start\": 29, \"end\": 34, \"label\": \"LOCATION\"}]}\n";
        Path file = Files.writeString(dir.resolve("gold.jsonl"), line);
        List<Event> events = List.of(
                located(new Span(0, 18), new Span(12, 18), 0.9),
                located(new Span(23, 38), new Span(29, 34), 0.6));
        EvalReport report = new EventLocationSuite().run(List.of(file), TestEvents.pipeline(text -> events));
        assertEquals(1.0, report.rows().get(0).metrics().get("accuracy_strict"), EPS);
    }
}
