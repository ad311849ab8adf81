package io.dateline.eval.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.model.Span;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads Halterman's event-location annotations: Prodigy JSON Lines, plain or gzip (recognised by its magic bytes),
 * one sentence per line with {@code text}, {@code tokens} ({@code start}/{@code end} character offsets) and
 * {@code spans} labelled VERB (the event) or LOCATION (where it happened).
 *
 * <p>The spans' own {@code start}/{@code end} are not reliable: in the public gold file many LOCATION spans carry
 * token indices there instead of character offsets. Their {@code token_start}/{@code token_end} (inclusive) are
 * consistent throughout, so character offsets are taken from the tokens they name; the span's own offsets are used
 * only when a record has no usable token indices. Records answered other than "accept" are not gold and are skipped.
 */
public final class EventLocationReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventLocationReader() {
    }

    public static List<EventLocationItem> read(Path file) throws IOException {
        try (InputStream in = open(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<EventLocationItem> items = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                EventLocationItem item = parseLine(line, file + ":" + number);
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }
    }

    /** One JSON line as an item, or null when it is not accepted gold. */
    static EventLocationItem parseLine(String line, String where) throws IOException {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException(where + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (record == null || !record.isObject() || !record.path("text").isTextual()) {
            throw new IOException(where + ": expected an object with a text");
        }
        if (record.has("answer") && !"accept".equals(record.path("answer").asText())) {
            return null;
        }
        String text = record.get("text").asText();
        JsonNode tokens = record.path("tokens");
        Span verb = null;
        List<Span> locations = new ArrayList<>();
        for (JsonNode span : record.path("spans")) {
            Span chars = characters(span, tokens, text.length(), where);
            String label = span.path("label").asText();
            if ("LOCATION".equals(label)) {
                locations.add(chars);
            } else if ("VERB".equals(label) && verb == null) {
                verb = chars;
            }
        }
        String id = record.path("_id").asText(record.path("doc_id").asText(where));
        return new EventLocationItem(id, text, verb, locations);
    }

    private static Span characters(JsonNode span, JsonNode tokens, int textLength, String where) throws IOException {
        int first = span.path("token_start").asInt(-1);
        int last = span.path("token_end").asInt(-1);
        if (first >= 0 && last >= first && last < tokens.size()) {
            return checked(tokens.get(first).path("start").asInt(-1), tokens.get(last).path("end").asInt(-1),
                    textLength, where);
        }
        return checked(span.path("start").asInt(-1), span.path("end").asInt(-1), textLength, where);
    }

    private static Span checked(int start, int end, int textLength, String where) throws IOException {
        if (start < 0 || end < start || end > textLength) {
            throw new IOException(where + ": span [" + start + ", " + end + ") outside the text");
        }
        return new Span(start, end);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in) : in;
    }
}
