package io.dateline.cli;

import io.dateline.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kill -9 during ingest loses no committed batch, and running the ingest again completes it without duplicates. */
class IngestCrashTest {
    private static final int ARTICLES = 6_000;
    private static final int BATCH = 50;

    @TempDir
    Path dir;

    private Process ingest(Path input, Path data) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--batch",
                String.valueOf(BATCH), "--data", data.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
    }

    private static long count(Path data, String sql) throws Exception {
        try (EventStore store = EventStore.open(data); Connection c = store.reader(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void killedIngestKeepsWholeBatchesAndCompletesOnRerun() throws Exception {
        Path input = dir.resolve("batch.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            lines.append("{\"id\":\"n").append(i).append("\",\"text\":\"Report number ").append(i)
                    .append(": officials said the road was reopened after repairs. ")
                    .append("Traffic resumed slowly in both directions, residents said. ".repeat(16)).append("\"}\n");
        }
        Files.writeString(input, lines);
        Path data = dir.resolve("data");

        Process first = ingest(input, data);
        Path wal = data.resolve(EventStore.FILE_NAME + ".wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // The WAL holds committed transactions only: once it passes 1 MB, some batches are committed.
        while (first.isAlive() && !(Files.exists(wal) && Files.size(wal) > (1 << 20)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
        first.waitFor(30, TimeUnit.SECONDS);

        long kept = count(data, "SELECT count(*) FROM articles");
        assertTrue(kept > 0, "committed batches survive the kill");
        assertTrue(kept % BATCH == 0 || kept == ARTICLES, "only whole batches survive: " + kept);

        Process second = ingest(input, data);
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "re-run finishes");
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("ingest.log")));
        assertEquals(ARTICLES, count(data, "SELECT count(*) FROM articles"));
        assertEquals(ARTICLES, count(data, "SELECT count(DISTINCT article_id) FROM articles"));
        String log = Files.readString(dir.resolve("ingest.log"));
        assertTrue(log.contains((ARTICLES - kept) + " articles added") && log.contains(kept + " unchanged"), log);
    }
}
