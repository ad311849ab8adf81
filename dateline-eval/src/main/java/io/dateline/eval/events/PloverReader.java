package io.dateline.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the PLOVER gold-standard records file ({@code plover-gsr-cameo.json}, OEDA): one JSON array of records with
 * {@code id}, {@code text}, {@code event}, optional {@code mode} and more (actors, context, location) that this suite
 * does not score. Records without a text, such as the leading DOCUMENT record that documents the file, are skipped.
 */
public final class PloverReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverReader() {
    }

    public static List<PloverItem> read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    static List<PloverItem> parse(String content, String source) throws IOException {
        JsonNode root = JSON.readTree(content);
        if (root == null || !root.isArray()) {
            throw new IOException(source + ": expected a JSON array of records");
        }
        List<PloverItem> items = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode record = root.get(i);
            String text = textOrNull(record, "text");
            if (text == null || "DOCUMENT".equals(textOrNull(record, "event"))) {
                continue;
            }
            String event = textOrNull(record, "event");
            if (event == null) {
                throw new IOException(source + ": record " + i + " has a text but no event");
            }
            String id = textOrNull(record, "id");
            items.add(new PloverItem(id == null ? "record-" + i : id, text, event, textOrNull(record, "mode")));
        }
        return items;
    }

    /** A string field, or null when it is absent, not a string, or blank. */
    private static String textOrNull(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
