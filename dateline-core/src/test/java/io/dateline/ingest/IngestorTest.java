package io.dateline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class IngestorTest {
    @TempDir
    Path dir;

    private final List<RawDocument> documents = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private final DocumentSink sink = new DocumentSink() {
        @Override
        public void document(RawDocument document) {
            documents.add(document);
        }

        @Override
        public void problem(IngestProblem problem) {
            problems.add(problem);
        }
    };

    private void read(String... inputs) {
        Ingestor.standard().read(List.of(inputs), new ByteArrayInputStream(new byte[0]), sink);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonLinesWithABrokenLineKeepsTheOthersAndNamesTheLine() throws IOException {
        Path file = write("batch.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\n"
                + "{\"id\":\"c\",\"text\":\"Three.\",\"published\":\"2024-12-05\"}\n");
        read(file.toString());
        assertEquals(List.of("a", "c"), documents.stream().map(RawDocument::id).toList());
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).skipped());
        assertTrue(problems.get(0).toString().startsWith(file + ":2: skipped: malformed JSON"));
        assertEquals("2024-12-05", documents.get(1).published());
    }

    @Test
    void jsonRecordWithoutTextIsSkippedWithItsLine() throws IOException {
        read(write("x.jsonl", "{\"id\":\"a\"}\n[1,2]\n\n{\"text\":\"ok\"}\n").toString());
        assertEquals(1, documents.size());
        assertEquals(4, documents.get(0).line());
        assertEquals(List.of(1L, 2L), problems.stream().map(IngestProblem::line).toList());
    }

    @Test
    void jsonTextIsKeptCharacterForCharacter() throws IOException {
        read(write("x.jsonl", "{\"text\":\"  Two  spaces\\n\\nand “quotes”  \"}").toString());
        assertEquals("  Two  spaces\n\nand “quotes”  ", documents.get(0).text());
    }

    @Test
    void emptyFileIsAWarningNotASkip() throws IOException {
        read(write("empty.txt", "").toString());
        assertTrue(documents.isEmpty());
        assertEquals(1, problems.size());
        assertFalse(problems.get(0).skipped());
        assertTrue(problems.get(0).message().contains("empty"));
    }

    @Test
    void binaryFileIsSkipped() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        read(file.toString());
        assertTrue(documents.isEmpty());
        assertTrue(problems.get(0).skipped());
        assertTrue(problems.get(0).message().contains("binary"));
    }

    @Test
    void missingFileIsReportedAndTheBatchGoesOn() throws IOException {
        Path good = write("good.txt", "Some news text.");
        read(dir.resolve("nope.txt").toString(), good.toString());
        assertEquals(1, documents.size());
        assertEquals("no such file", problems.get(0).message());
    }

    @Test
    void foldersAreReadRecursivelyInNameOrder() throws IOException {
        write("b/2.txt", "Second.");
        write("a/1.txt", "First.");
        write("c.html", "<html><body><p>Third paragraph of a page.</p></body></html>");
        read(dir.toString());
        assertEquals(List.of("First.", "Second."), documents.subList(0, 2).stream().map(RawDocument::text).toList());
        assertEquals(Format.HTML, documents.get(2).format());
        assertTrue(documents.get(2).text().contains("Third paragraph"));
    }

    @Test
    void unreadableFileInAFolderIsSkippedAndTheRestRead() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads everything");
        Path locked = write("d/locked.txt", "secret");
        write("d/open.txt", "Open text.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        read(dir.resolve("d").toString());
        assertEquals(1, documents.size());
        assertTrue(problems.get(0).message().contains("permission denied"));
    }

    @Test
    void brokenLinkInAFolderIsSkippedAndTheRestRead() throws IOException {
        write("e/open.txt", "Open text.");
        Files.createSymbolicLink(dir.resolve("e/gone.txt"), dir.resolve("e/never-there.txt"));
        read(dir.resolve("e").toString());
        assertEquals(1, documents.size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).skipped());
        assertTrue(problems.get(0).toString().contains("gone.txt: skipped: cannot read file"), problems.toString());
    }

    @Test
    void htmlWithoutBodyGivesAWarningAndNoDocument() throws IOException {
        read(write("nobody.html", "<html><head><title>Only a title</title></head></html>").toString());
        assertTrue(documents.isEmpty());
        assertEquals(1, problems.size());
    }

    @Test
    void standardInputIsSniffed() {
        Ingestor.standard().read(List.of("-"),
                new ByteArrayInputStream("{\"text\":\"From stdin.\"}\n".getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals(Format.JSON_LINES, documents.get(0).format());
        assertEquals("-", documents.get(0).origin());
    }

    @Test
    void fiftyMegabyteSingleLineIsReadWhole() throws IOException {
        String text = "x".repeat(50 << 20);
        read(write("long.jsonl", "{\"text\":\"" + text + "\"}\n{\"text\":\"next\"}\n").toString());
        assertEquals(2, documents.size());
        assertEquals(50 << 20, documents.get(0).text().length());
        assertTrue(problems.isEmpty());
    }

    @Test
    void sniffRecognisesFormats() {
        assertEquals(Format.JSON_LINES, Ingestor.sniff("  {\"text\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, Ingestor.sniff("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.TEXT, Ingestor.sniff("Plain words.".getBytes(StandardCharsets.UTF_8)));
    }
}
