package io.dateline.events;

import io.dateline.model.Event;
import io.dateline.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FollowUpSentencesTest {
    private static Event event(String date, int precision, String type, String subType, Span evidence) {
        return new Event("e" + evidence.start(), date, precision, type, subType, "political_violence", "ASSAULT", null,
                StatusDetector.OCCURRED, null, null, List.of(), List.of(), null, null, null, 0.5, evidence);
    }

    @Test
    void aTypelessActInTheNextSentenceIsLeftAlone() {
        String text = "Troops retook the town, the army said. Officials met the elders there on Monday.";
        List<Span> sentences = List.of(new Span(0, 38), new Span(39, text.length()));
        Event retaken = event("2024-12-05", 2, "Battles", "Government regains territory", new Span(0, 38));
        Event meeting = event("2024-12-02", 1, null, null, new Span(39, text.length()));
        List<Event> out = FollowUpSentences.datedByTheNextSentence(List.of(retaken, meeting), sentences,
                "2024-12-05", text);
        assertEquals(List.of(retaken, meeting), out);
    }
}
