package io.dateline.cli;

import io.dateline.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two articles the team wrote about one air strike: the whole pipeline, then the store, make one event of them. */
class IngestMergeTest {
    @TempDir
    Path dir;

    @Test
    void sameStrikeReportedTwiceIsOneEventWithTwoSources() throws Exception {
        Path input = dir.resolve("two.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"published\":\"2025-03-12\",\"text\":\"Israeli warplanes struck a "
                + "house in the town of Bint Jbeil in southern Lebanon on Tuesday, killing three people, the health "
                + "ministry said.\"}\n{\"id\":\"b\",\"published\":\"2025-03-12\",\"text\":\"An Israeli air strike "
                + "hit a home in Bint Jbeil on Tuesday, killing two civilians, Lebanese officials said.\"}\n");
        Path data = dir.resolve("data");
        assertEquals(0, new CommandLine(new Main()).execute("ingest", "--data", data.toString(), input.toString()));
        // Ingesting again adds nothing.
        assertEquals(0, new CommandLine(new Main()).execute("ingest", "--data", data.toString(), input.toString()));
        try (EventStore store = EventStore.open(data); Connection c = store.reader();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), max(source_count), min(fatalities), "
                     + "min(CAST(event_date AS VARCHAR)), min(sub_event_type) FROM merged_events "
                     + "WHERE sub_event_type = 'Air/drone strike'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "one merged strike");
            assertEquals(2, rs.getInt(2), "reported by both articles");
            assertEquals(2, rs.getInt(3), "ACLED's conservative rule: the lower figure");
            assertEquals("2025-03-11", rs.getString(4));
        }
        try (EventStore store = EventStore.open(data); Connection c = store.reader();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
        assertTrue(Files.exists(data.resolve(EventStore.FILE_NAME)));
    }
}
