package io.dateline.server;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FieldSpansTest {
    private static Map<String, Object> mention(String layer, int start, int end, String text, String value) {
        Map<String, Object> m = new HashMap<>();
        m.put("layer", layer);
        m.put("start", start);
        m.put("end", end);
        m.put("text", text);
        m.put("value", value);
        return m;
    }

    private static Map<String, Object> event(int evidenceStart, int evidenceEnd, String field, Object value) {
        Map<String, Object> e = new HashMap<>();
        e.put("evidence_start", evidenceStart);
        e.put("evidence_end", evidenceEnd);
        e.put(field, value);
        return e;
    }

    @Test
    void theMentionInsideTheEvidenceWinsOverAnEarlierOne() {
        List<Map<String, Object>> mentions = List.of(mention("place", 0, 4, "Homs", "Homs"),
                mention("place", 60, 64, "Homs", "Homs"));
        assertEquals(Map.of("start", 60, "end", 64),
                FieldSpans.of(event(50, 90, "location", "Homs"), mentions).get("location"));
    }

    @Test
    void outsideTheEvidenceTheClosestMentionIsTaken() {
        List<Map<String, Object>> mentions = List.of(mention("actor", 0, 5, "Army", "Syrian Army"),
                mention("actor", 95, 100, "army", "Syrian Army"));
        assertEquals(95, FieldSpans.of(event(50, 90, "actor1", "Syrian Army"), mentions).get("actor1").get("start"));
    }

    @Test
    void aDateMatchesWhenTheMentionValueStartsWithTheEventDay() {
        List<Map<String, Object>> mentions = List.of(mention("date", 10, 16, "Monday", "2024-12-02"),
                mention("date", 20, 26, "Friday", "2024-12-06"));
        assertEquals(10, FieldSpans.of(event(0, 30, "event_date", "2024-12-02"), mentions).get("event_date")
                .get("start"));
    }

    @Test
    void aMentionOfAnotherLayerOrValueIsNotAFieldSpan() {
        List<Map<String, Object>> mentions = List.of(mention("actor", 0, 4, "Homs", "Homs"),
                mention("place", 10, 15, "Aleppo", "Aleppo"));
        assertFalse(FieldSpans.of(event(0, 30, "location", "Homs"), mentions).containsKey("location"));
    }
}
