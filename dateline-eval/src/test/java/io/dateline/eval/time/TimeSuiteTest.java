package io.dateline.eval.time;

import io.dateline.dates.DateStage;
import io.dateline.eval.EvalReport;
import io.dateline.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeSuiteTest {
    private static final String DOC = """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-12-09" functionInDocument="CREATION_TIME">Dec 9</TIMEX3></DCT>
            <TEXT>Troops arrived on <TIMEX3 tid="t1" type="DATE" value="2024-12-05">Thursday</TIMEX3>.</TEXT></TimeML>
            """;

    @Test
    void runsThePipelineWithTheCreationTimeAsPublicationDate(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("A"));
        Files.createDirectories(dir.resolve("copy"));
        Files.writeString(dir.resolve("A/x.tml"), DOC);
        Files.writeString(dir.resolve("copy/x.tml"), DOC); // the same document twice is read once
        Pipeline pipeline = Pipeline.builder().add(new DateStage()).build();
        EvalReport report = new TimeSuite().run(List.of(dir), pipeline);
        EvalReport.Row row = report.rows().get(0);
        assertEquals("time", report.suite());
        assertEquals(1.0, row.metrics().get("gold"));
        assertEquals(1.0, row.metrics().get("strict_f1"));
        assertEquals(1.0, row.metrics().get("value_f1"));
    }
}
