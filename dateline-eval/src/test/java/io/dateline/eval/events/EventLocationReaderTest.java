package io.dateline.eval.events;

import io.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLocationReaderTest {
    // "Rebels attacked Dorvik ." : tokens Rebels[0,6) attacked[7,15) Dorvik[16,22) .[23,24)
    private static final String TOKENS = "\"tokens\": [{\"text\": \"Rebels\", \"start\": 0, \"end\": 6, \"id\": 0},"
            + " {\"text\": \"attacked\", \"start\": 7, \"end\": 15, \"id\": 1},"
            + " {\"text\": \"Dorvik\", \"start\": 16, \"end\": 22, \"id\": 2},"
            + " {\"text\": \".\", \"start\": 23, \"end\": 24, \"id\": 3}]";

    private static String line(String spans, String answer) {
        return "{\"text\": \"Rebels attacked Dorvik .\", " + TOKENS + ", \"spans\": [" + spans + "], \"_id\": \"s1\","
                + " \"answer\": \"" + answer + "\"}";
    }

    private static final String VERB = "{\"start\": 7, \"end\": 15, \"token_start\": 1, \"token_end\": 1,"
            + " \"label\": \"VERB\"}";

    @Test
    void locationWithCharacterOffsets() throws IOException {
        EventLocationItem item = EventLocationReader.parseLine(line(VERB + ", {\"start\": 16, \"end\": 22,"
                + " \"token_start\": 2, \"token_end\": 2, \"label\": \"LOCATION\"}", "accept"), "f:1");
        assertEquals(new EventLocationItem("s1", "Rebels attacked Dorvik .", new Span(7, 15),
                List.of(new Span(16, 22))), item);
    }

    /** The public file sometimes puts token indices in start/end; the token indices decide. */
    @Test
    void locationWithTokenIndicesInStartAndEnd() throws IOException {
        EventLocationItem item = EventLocationReader.parseLine(line(VERB + ", {\"start\": 2, \"end\": 2,"
                + " \"token_start\": 2, \"token_end\": 2, \"label\": \"LOCATION\", \"text\": \"Dorvik\"}", "accept"),
                "f:1");
        assertEquals(List.of(new Span(16, 22)), item.locations());
    }

    @Test
    void multiTokenSpanRunsToTheEndOfItsLastToken() throws IOException {
        EventLocationItem item = EventLocationReader.parseLine(line("{\"start\": 7, \"end\": 22, \"token_start\": 1,"
                + " \"token_end\": 2, \"label\": \"LOCATION\"}", "accept"), "f:1");
        assertEquals(List.of(new Span(7, 22)), item.locations());
        assertNull(item.verb());
    }

    @Test
    void sentenceWithoutLocationOrSpans() throws IOException {
        assertTrue(EventLocationReader.parseLine(line(VERB, "accept"), "f:1").locations().isEmpty());
        EventLocationItem bare = EventLocationReader.parseLine("{\"text\": \"Quiet day.\", \"answer\": \"accept\"}",
                "f:1");
        assertTrue(bare.locations().isEmpty());
        assertNull(bare.verb());
    }

    @Test
    void rejectedAnswerIsNotGold() throws IOException {
        assertNull(EventLocationReader.parseLine(line(VERB, "reject"), "f:1"));
    }

    @Test
    void spanOutsideTheTextIsAnError() {
        assertThrows(IOException.class, () -> EventLocationReader.parseLine(
                "{\"text\": \"ab\", \"spans\": [{\"start\": 1, \"end\": 9, \"label\": \"LOCATION\"}]}", "f:1"));
    }

    @Test
    void readsGzipAndPlainFilesAndNamesTheBadLine(@TempDir Path dir) throws IOException {
        String content = line(VERB, "accept") + "\n\n" + line(VERB, "accept") + "\n";
        Path plain = Files.writeString(dir.resolve("gold.jsonl"), content);
        Path gzip = dir.resolve("gold.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(2, EventLocationReader.read(plain).size());
        assertEquals(EventLocationReader.read(plain), EventLocationReader.read(gzip));

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), line(VERB, "accept") + "\n{oops\n");
        IOException e = assertThrows(IOException.class, () -> EventLocationReader.read(bad));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
    }
}
