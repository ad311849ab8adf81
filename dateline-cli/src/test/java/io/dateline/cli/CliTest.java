package io.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands as a user runs them: arguments in, JSON Lines on stdout, messages on stderr, an exit status. */
class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    private List<JsonNode> outputLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }

    @Test
    void brokenJsonLineFailsTheRunButNotTheOtherLines() throws IOException {
        Path batch = dir.resolve("batch.jsonl");
        Files.writeString(batch, "{\"id\":\"a\",\"text\":\"Police arrested two men.\"}\n"
                + "{\"id\":\"b\",\"text\":\"unterminated\n"
                + "{\"id\":\"c\",\"text\":\"Talks resumed.\"}\n");
        assertEquals(1, run("annotate", batch.toString()));
        List<JsonNode> lines = outputLines();
        assertEquals(List.of("a", "c"), lines.stream().map(l -> l.get("input").asText()).toList());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(batch + ":2: skipped: malformed JSON"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLinesTextComesBackUnchangedWithOffsetsIntoIt() throws IOException {
        Path batch = dir.resolve("one.jsonl");
        Files.writeString(batch, "{\"id\":\"x\",\"text\":\"  Shelling hit Aleppo.  Two died.\","
                + "\"published\":\"2024-12-05T08:00:00Z\"}\n");
        assertEquals(0, run("annotate", batch.toString()));
        JsonNode article = outputLines().get(0);
        String text = article.get("text").asText();
        assertEquals("  Shelling hit Aleppo.  Two died.", text);
        assertEquals("2024-12-05T08:00:00Z", article.get("published").asText());
        JsonNode first = article.get("sentences").get(0);
        assertEquals("Shelling hit Aleppo.", text.substring(first.get(0).asInt(), first.get(1).asInt()));
    }

    @Test
    void sameTextGetsTheSameArticleId() throws IOException {
        Path batch = dir.resolve("twice.jsonl");
        Files.writeString(batch, "{\"id\":\"1\",\"text\":\"Same words.\"}\n{\"id\":\"2\",\"text\":\"Same words.\"}\n");
        run("annotate", batch.toString());
        List<JsonNode> lines = outputLines();
        assertEquals(lines.get(0).get("article_id"), lines.get(1).get("article_id"));
    }

    @Test
    void demoAnnotatesTheShippedPageIntoTwoArticles() throws IOException {
        assertEquals(0, run("demo"));
        List<JsonNode> lines = outputLines();
        assertEquals(2, lines.size());
        assertEquals("Protesters Block Highway in Southern Iraq Over Summer Power Cuts",
                lines.get(0).get("title").asText());
        for (JsonNode article : lines) {
            assertEquals("2025-03-14", article.get("published").asText());
            assertFalse(article.get("text").asText().contains("(AFP)"));
            assertFalse(article.get("text").asText().contains("(Reuters)"));
            assertTrue(article.get("places").isArray());
            assertTrue(article.get("events").isArray());
        }
    }

    @Test
    void badPublishedDateIsAUsageError() {
        assertEquals(2, run("annotate", "--published", "last tuesday", "-"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not an ISO date"));
    }

    @Test
    void missingFileNamesItselfAndFails() {
        assertEquals(1, run("annotate", dir.resolve("absent.txt").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("absent.txt: skipped: no such file"));
    }

    @Test
    void invalidUtf8IsRepairedWithAWarningNamingTheLine() throws IOException {
        Path file = dir.resolve("latin.txt");
        byte[] head = "First line — fine.\nThe caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " in Beirut reopened on Monday.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // "é" in windows-1252, invalid as UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        assertEquals(0, run("annotate", file.toString()));
        assertTrue(outputLines().get(0).get("text").asText().contains("The café in Beirut"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(file + ":2: warning:"), errors);
    }

    @Test
    void htmlPageKeepsTitleAndCaptionsApartFromTheText() throws IOException {
        Path page = dir.resolve("story.html");
        Files.writeString(page, "<html><head><title>Bridge Reopens After Repairs | City Paper</title></head><body>"
                + "<nav><a href=/>Home</a><a href=/world>World</a></nav><article><h1>Bridge Reopens After Repairs</h1>"
                + "<figure><img src=b.jpg><figcaption>Cars cross the bridge on Monday (City Paper)</figcaption>"
                + "</figure><p>The river bridge reopened on Monday after eight months of repairs, the city said."
                + "</p><p>Traffic was light in the morning but grew by noon.</p></article>"
                + "<footer>Copyright City Paper</footer></body></html>");
        assertEquals(0, run("annotate", page.toString()));
        JsonNode article = outputLines().get(0);
        assertEquals("Bridge Reopens After Repairs", article.get("title").asText());
        assertTrue(article.get("text").asText().startsWith("The river bridge reopened on Monday"));
        assertFalse(article.get("text").asText().contains("Copyright"));
        assertEquals("Cars cross the bridge on Monday (City Paper)", article.get("captions").get(0).asText());
    }

    @Test
    void binaryAndEmptyFilesInAFolderAreReportedAndTheRestAnnotated() throws IOException {
        Files.write(dir.resolve("a-image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.writeString(dir.resolve("b-empty.txt"), "");
        Files.writeString(dir.resolve("c-story.txt"), "Floods closed the coastal road on Sunday.");
        assertEquals(1, run("annotate", dir.toString()));
        assertEquals(1, outputLines().size());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("a-image.txt: skipped: binary"), errors);
        assertTrue(errors.contains("b-empty.txt: warning: empty"), errors);
    }
}
