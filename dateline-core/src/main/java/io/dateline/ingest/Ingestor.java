package io.dateline.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads inputs (files, folders recursively in name order, or "-" for standard input) and hands each document or
 * problem to a sink, in input order. A bad file or line is reported and skipped; the rest of the batch goes on.
 */
public final class Ingestor {
    /** Whole-file formats (text, HTML) are read into memory; beyond this size the file is refused, not half-read. */
    static final long MAX_WHOLE_FILE_BYTES = 512L << 20;
    private static final int SNIFF_BYTES = 4096;

    private final TextDecoder decoder;
    private final HtmlExtractor html;
    /** Articles can be long: lift Jackson's 20 MB default limit on one string. */
    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build());

    public Ingestor(TextDecoder decoder, HtmlExtractor html) {
        this.decoder = decoder;
        this.html = html;
    }

    public static Ingestor standard() {
        return new Ingestor(new TextDecoder(), new MainContentExtractor());
    }

    public void read(List<String> inputs, InputStream stdin, DocumentSink sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream("-", null, stdin, sink);
            } else {
                readPath(Path.of(input), sink);
            }
        }
    }

    private void readPath(Path path, DocumentSink sink) {
        String origin = path.toString();
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> !Files.isDirectory(p)).sorted().forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.problem(new IngestProblem(origin, 0, "cannot list folder: " + message(e), true));
            }
            for (Path file : files) {
                readFile(file, sink);
            }
        } else if (!Files.exists(path)) {
            sink.problem(new IngestProblem(origin, 0, "no such file", true));
        } else {
            readFile(path, sink);
        }
    }

    private void readFile(Path file, DocumentSink sink) {
        String origin = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            readStream(origin, extensionFormat(origin), in, sink);
        } catch (AccessDeniedException e) {
            sink.problem(new IngestProblem(origin, 0, "cannot read file: permission denied", true));
        } catch (NoSuchFileException e) {
            sink.problem(new IngestProblem(origin, 0, "cannot read file: it vanished or is a broken link", true));
        } catch (IOException e) {
            sink.problem(new IngestProblem(origin, 0, "cannot read file: " + message(e), true));
        }
    }

    private void readStream(String origin, Format declared, InputStream raw, DocumentSink sink) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            if (head.length == 0) {
                sink.problem(new IngestProblem(origin, 0, "empty input, nothing to annotate", false));
                return;
            }
            if (decoder.looksBinary(head, head.length)) {
                sink.problem(new IngestProblem(origin, 0, "binary content, not text: skipped", true));
                return;
            }
            Format format = declared != null ? declared : sniff(head);
            if (format == Format.JSON_LINES) {
                readJsonLines(origin, in, sink);
            } else {
                readWhole(origin, format, in, sink);
            }
        } catch (IOException e) {
            sink.problem(new IngestProblem(origin, 0, "read failed: " + message(e), true));
        }
    }

    private void readWhole(String origin, Format format, InputStream in, DocumentSink sink) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_WHOLE_FILE_BYTES + 1));
        if (bytes.length > MAX_WHOLE_FILE_BYTES) {
            sink.problem(new IngestProblem(origin, 0, "larger than " + (MAX_WHOLE_FILE_BYTES >> 20)
                    + " MB; split it or give it as JSON Lines", true));
            return;
        }
        DecodedText decoded = format == Format.HTML ? decoder.decodeHtml(bytes, 0, bytes.length, origin, 1)
                : decoder.decode(bytes, 0, bytes.length, origin, 1);
        decoded.problems().forEach(sink::problem);
        if (format == Format.HTML) {
            HtmlPage page = html.extract(decoded.text(), origin);
            if (page.text().isBlank()) {
                sink.problem(new IngestProblem(origin, 0, "HTML page without readable text: skipped", false));
                return;
            }
            sink.document(new RawDocument(origin, 0, null, page.text(), page.title(), page.url(), page.published(),
                    Format.HTML, page.captions()));
        } else {
            sink.document(new RawDocument(origin, 0, null, decoded.text(), null, null, null, Format.TEXT, List.of()));
        }
    }

    private void readJsonLines(String origin, InputStream in, DocumentSink sink) throws IOException {
        LineReader lines = new LineReader(in);
        while (lines.next()) {
            long number = lines.lineNumber();
            if (isBlank(lines.bytes(), lines.length())) {
                continue;
            }
            DecodedText decoded = decoder.decode(lines.bytes(), 0, lines.length(), origin, number);
            lines.shrink();
            decoded.problems().forEach(sink::problem);
            RawDocument document = parseRecord(origin, number, decoded.text(), sink);
            if (document != null) {
                sink.document(document);
            }
        }
    }

    private RawDocument parseRecord(String origin, long line, String text, DocumentSink sink) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            sink.problem(new IngestProblem(origin, line, "malformed JSON: "
                    + (why.length() > 160 ? why.substring(0, 160) + "…" : why), true));
            return null;
        }
        if (node == null || !node.isObject()) {
            sink.problem(new IngestProblem(origin, line, "not a JSON object", true));
            return null;
        }
        JsonNode body = node.get("text");
        if (body == null || !body.isTextual()) {
            sink.problem(new IngestProblem(origin, line, "no \"text\" string in this record", true));
            return null;
        }
        return new RawDocument(origin, line, string(node, "id"), body.textValue(), string(node, "title"),
                string(node, "url"), string(node, "published"), Format.JSON_LINES, List.of());
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static Format extensionFormat(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return Format.JSON_LINES;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Format.TEXT;
        }
        return null;
    }

    /** Format from content, for standard input and files without a telling extension. */
    static Format sniff(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i < head.length && head[i] == '{') {
            return Format.JSON_LINES;
        }
        String start = new String(head, i, Math.min(head.length - i, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body")
                || (start.startsWith("<") && start.contains("<p"))) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
