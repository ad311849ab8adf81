package io.dateline.eval.events;

import io.dateline.eval.EvalContext;
import io.dateline.eval.EvalReport;
import io.dateline.eval.Progress;
import io.dateline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.dateline.eval.events.TestEvents.coded;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseSuiteTest {
    private static final double EPS = 1e-12;

    private static final String TSV = "id\tEventSnippet\tSubType\n"
            + "1\tJets bombed the depot at dawn.\tAIR_STRIKE\n"
            + "2\tA gang smuggled fuel across the river.\tORG_CRIME\n"
            + "3\tStudents marched quietly to the square.\tPEACE_PROTEST\n"
            + "4\tJets bombed a bridge, the ministry said.\tATTRIB\n";

    /** Bombing -> air strike (wrongly also for the claim in item 4), smuggling -> crime, nothing for the march. */
    private static List<Event> code(String text) {
        List<Event> events = new ArrayList<>();
        if (text.contains("bombed")) {
            events.add(coded("political_violence", "Shelling/artillery/missile attack", 0.4));
            events.add(coded("political_violence", "Air/drone strike", 0.9));
        }
        if (text.contains("smuggled")) {
            events.add(coded("crime", null, 0.5));
        }
        return events;
    }

    /*
     * gold AIR_STRIKE ORG_CRIME PEACE_PROTEST ATTRIB, predicted AIR_STRIKE ORG_CRIME NONE AIR_STRIKE:
     * AIR_STRIKE TP 1 FP 1 -> 2/3; ORG_CRIME 1; PEACE_PROTEST 0; ATTRIB 0.
     * accuracy 2/4, macro (2/3 + 1) / 4 = 5/12, weighted (2/3 + 1) / 4 = 5/12.
     */
    @Test
    void scoresTheMostConfidentEventOfEachSnippet(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("tiny.tsv"), TSV);
        EvalReport report = new CaseSuite().run(List.of(file), TestEvents.pipeline(CaseSuiteTest::code));
        assertEquals("case", report.suite());
        EvalReport.Row row = report.rows().get(0);
        assertEquals("tiny.tsv", row.dataset());
        assertEquals("dateline", row.system());
        Map<String, Double> m = row.metrics();
        assertEquals(4.0, m.get("items"));
        assertEquals(0.5, m.get("accuracy"), EPS);
        assertEquals(5.0 / 12, m.get("macro_f1"), EPS);
        assertEquals(5.0 / 12, m.get("weighted_f1"), EPS);
    }

    @Test
    void limitTakesTheFirstItemsAndCountsProgress(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("tiny.tsv"), TSV);
        Progress progress = new Progress();
        EvalReport report = new CaseSuite().run(List.of(file), TestEvents.pipeline(CaseSuiteTest::code),
                new EvalContext(2, progress));
        assertEquals(2.0, report.rows().get(0).metrics().get("items"));
        assertEquals(1.0, report.rows().get(0).metrics().get("accuracy"), EPS);
        assertEquals(2, progress.done());
        assertEquals(2, progress.total());
    }
}
