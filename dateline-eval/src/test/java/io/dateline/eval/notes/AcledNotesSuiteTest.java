package io.dateline.eval.notes;

import io.dateline.eval.EvalReport;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Event;
import io.dateline.model.EventLocation;
import io.dateline.model.Layer;
import io.dateline.pipeline.Pipeline;
import io.dateline.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcledNotesSuiteTest {
    private static Event event(String subEventType, String date, Double lat, Double lon, Integer fatalities,
                               double confidence) {
        EventLocation where = new EventLocation(0, 1, "x", "x", null, lat, lon, null, null, null, 1);
        return new Event("e", date, 1, null, subEventType, null, null, null, "occurred", null, null, List.of(),
                List.of(), where, fatalities, null, confidence, null);
    }

    /** A pipeline that codes every article with the same events. */
    private static Pipeline codes(List<Event> events) {
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
                return article.withEvents(events);
            }
        }).build();
    }

    @Test
    void scoresTheMostConfidentEvent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.jsonl");
        Files.writeString(file, "{\"id\": \"1\", \"published\": \"2024-03-05\", \"text\": \"On 3 March 2024, gunmen "
                + "attacked Djibo.\", \"sub_event_type\": \"Attack\", \"event_date\": \"2024-03-03\", "
                + "\"location\": \"Djibo\", \"lat\": 14.1, \"lon\": -1.63, \"fatalities\": 0}\n");
        Pipeline pipeline = codes(List.of(
                event("Armed clash", "2024-03-05", 0.0, 0.0, 4, 0.4),
                event("Attack", "2024-03-03", 14.1, -1.63, null, 0.9)));
        EvalReport report = new AcledNotesSuite().run(List.of(file), pipeline);
        assertEquals("notes.jsonl", report.rows().get(0).dataset());
        assertEquals(1.0, report.rows().get(0).metrics().get("all_four"));
    }

    @Test
    void runsOnTheBundledSetsWhenNoFileIsGiven() throws IOException {
        EvalReport report = new AcledNotesSuite().run(List.of(), codes(List.of()));
        assertEquals(NoteReader.readBundled().size(), report.rows().get(0).metrics().get("items"));
        assertEquals(0.0, report.rows().get(0).metrics().get("event_found"));
        assertEquals(1 + NoteReader.HELD_OUT_SETS.size(), report.rows().size());
        for (int k = 0; k < NoteReader.HELD_OUT_SETS.size(); k++) {
            assertEquals(NoteReader.readBundled(NoteReader.HELD_OUT_SETS.get(k)).size(),
                    report.rows().get(k + 1).metrics().get("items"), NoteReader.HELD_OUT_SETS.get(k));
        }
    }
}
