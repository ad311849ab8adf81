package io.dateline.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links an event's fields to the mentions they were coded from: the mention of the right layer whose resolved value
 * is the field's value, preferring one inside the evidence, else the closest to it. The store keeps the evidence
 * span of each event and the span of each mention, so this recovers every field's span without new columns.
 */
final class FieldSpans {
    private static final Map<String, String> LAYER_OF_FIELD = new LinkedHashMap<>();

    static {
        LAYER_OF_FIELD.put("event_date", "date");
        LAYER_OF_FIELD.put("location", "place");
        LAYER_OF_FIELD.put("actor1", "actor");
        LAYER_OF_FIELD.put("actor2", "actor");
    }

    private FieldSpans() {
    }

    /** Field name to {start, end} for each field of the event found among the article's mentions. */
    static Map<String, Map<String, Integer>> of(Map<String, Object> event, List<Map<String, Object>> mentions) {
        int evidenceStart = number(event.get("evidence_start"));
        int evidenceEnd = number(event.get("evidence_end"));
        Map<String, Map<String, Integer>> spans = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : LAYER_OF_FIELD.entrySet()) {
            Object value = event.get(field.getKey());
            if (value == null) {
                continue;
            }
            Map<String, Object> best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Map<String, Object> mention : mentions) {
                if (!field.getValue().equals(mention.get("layer")) || !matches(field.getKey(), value.toString(),
                        mention)) {
                    continue;
                }
                int start = number(mention.get("start"));
                int end = number(mention.get("end"));
                int distance = start >= evidenceStart && end <= evidenceEnd ? 0
                        : Math.min(Math.abs(start - evidenceStart), Math.abs(start - evidenceEnd)) + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = mention;
                }
            }
            if (best != null) {
                spans.put(field.getKey(), Map.of("start", number(best.get("start")), "end", number(best.get("end"))));
            }
        }
        return spans;
    }

    /** Dates match when the mention's value starts with the event day; names match ignoring case. */
    private static boolean matches(String field, String value, Map<String, Object> mention) {
        Object resolved = mention.get("value");
        Object text = mention.get("text");
        if (field.equals("event_date")) {
            return resolved != null && resolved.toString().startsWith(value);
        }
        String wanted = value.toLowerCase(Locale.ROOT);
        return resolved != null && resolved.toString().toLowerCase(Locale.ROOT).equals(wanted)
                || text != null && text.toString().toLowerCase(Locale.ROOT).equals(wanted);
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
