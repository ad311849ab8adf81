package io.dateline.eval.notes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteScorerTest {
    private static final double EPS = 1e-12;

    /** Djibo, Burkina Faso: 14.0994 N, 1.6255 W; 9 killed. */
    private static final Note DJIBO = new Note("a", "2024-01-14", "t", "Armed clash", "2024-01-12", "Djibo",
            14.0994, -1.6255, 9);
    /** Tunis: a peaceful protest, no fatalities. */
    private static final Note TUNIS = new Note("b", "2023-10-23", "t", "Peaceful protest", "2023-10-22", "Tunis",
            36.8190, 10.1658, 0);

    @Test
    void everythingRight() {
        NoteScorer.Verdict v = NoteScorer.judge(DJIBO,
                NoteAnswer.of("Armed clash", "2024-01-12", "Djibo", 14.10, -1.63, 9));
        assertTrue(v.allRight());
        assertTrue(v.km() < 1, v.km().toString());
    }

    @Test
    void subEventTypeIgnoresCaseOnly() {
        assertTrue(NoteScorer.judge(DJIBO, NoteAnswer.of("armed clash", null, null, null, null, null)).subEvent());
        assertFalse(NoteScorer.judge(DJIBO, NoteAnswer.of("Attack", null, null, null, null, null)).subEvent());
        assertFalse(NoteScorer.judge(DJIBO, NoteAnswer.of(null, null, null, null, null, null)).subEvent());
    }

    @Test
    void dateMustBeTheSameDay() {
        assertFalse(NoteScorer.judge(DJIBO, NoteAnswer.of(null, "2024-01-14", null, null, null, null)).date());
        assertFalse(NoteScorer.judge(DJIBO, NoteAnswer.of(null, null, null, null, null, null)).date());
    }

    @Test
    void placeWithin25Kilometres() {
        // 0.2 degrees of latitude is about 22 km, 0.3 about 33 km.
        assertTrue(NoteScorer.judge(DJIBO, NoteAnswer.of(null, null, "x", 14.2994, -1.6255, null)).place());
        assertFalse(NoteScorer.judge(DJIBO, NoteAnswer.of(null, null, "x", 14.3994, -1.6255, null)).place());
        NoteScorer.Verdict unresolved = NoteScorer.judge(DJIBO, NoteAnswer.of(null, null, "Djibo", null, null, null));
        assertFalse(unresolved.place());
        assertNull(unresolved.km());
    }

    @Test
    void notReportedFatalitiesCountAsZero() {
        assertTrue(NoteScorer.judge(TUNIS, NoteAnswer.of(null, null, null, null, null, null)).fatalities());
        assertTrue(NoteScorer.judge(TUNIS, NoteAnswer.of(null, null, null, null, null, 0)).fatalities());
        assertFalse(NoteScorer.judge(TUNIS, NoteAnswer.of(null, null, null, null, null, 12)).fatalities());
        assertFalse(NoteScorer.judge(DJIBO, NoteAnswer.of(null, null, null, null, null, null)).fatalities());
        assertFalse(NoteScorer.judge(DJIBO, NoteAnswer.of(null, null, null, null, null, 10)).fatalities());
    }

    @Test
    void noEventIsWrongEverywhereEvenWithoutFatalities() {
        NoteScorer.Verdict v = NoteScorer.judge(TUNIS, NoteAnswer.NONE);
        assertFalse(v.subEvent() || v.date() || v.place() || v.fatalities());
    }

    /*
     * DJIBO  ours: right type, wrong date (publication day), 22 km, 9 killed  -> type, place, fatalities
     * TUNIS  ours: right type and date, Tunis, fatalities null                -> all four
     * DJIBO  ours: no event                                                   -> nothing
     * sub-event 2/3, date 1/3, place 2/3, fatalities 2/3, all four 1/3, found 2/3.
     */
    @Test
    void handComputedScores() {
        Map<String, Double> m = NoteScorer.score(List.of(DJIBO, TUNIS, DJIBO), List.of(
                NoteAnswer.of("Armed clash", "2024-01-14", "Djibo", 14.2994, -1.6255, 9),
                NoteAnswer.of("Peaceful protest", "2023-10-22", "Tunis", 36.8190, 10.1658, null),
                NoteAnswer.NONE));
        assertEquals(3.0, m.get("items"));
        assertEquals(2.0 / 3, m.get("sub_event_accuracy"), EPS);
        assertEquals(1.0 / 3, m.get("date_exact"), EPS);
        assertEquals(2.0 / 3, m.get("place_25km"), EPS);
        assertEquals(2.0 / 3, m.get("fatalities_exact"), EPS);
        assertEquals(1.0 / 3, m.get("all_four"), EPS);
        assertEquals(2.0 / 3, m.get("event_found"), EPS);
    }
}
