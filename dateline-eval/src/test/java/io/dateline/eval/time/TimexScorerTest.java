package io.dateline.eval.time;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexScorerTest {
    private static final double EPS = 1e-9;

    /**
     * Gold: three timexes. System: one exact with the right type and value, one overlapping with the wrong type but
     * the right value, one spurious. By hand: strict 1/3 each; relaxed 2 of 3 found and 2 of 3 right, so P = R = F1
     * = 2/3; type right in 1 of 2 relaxed pairs (F1 = 2/3 x 1/2 = 1/3); value right in 2 of 2 (F1 = 2/3).
     */
    @Test
    void scoresAsTempEval3() {
        TimexScorer scorer = new TimexScorer();
        scorer.add("d", List.of(
                        new Timex(0, 5, "DATE", "2024"),
                        new Timex(10, 20, "DURATION", "P1W"),
                        new Timex(30, 35, "DATE", "2024-12-02")),
                List.of(
                        new Timex(0, 5, "DATE", "2024"),
                        new Timex(12, 20, "DATE", "P1W"),
                        new Timex(40, 45, "DATE", "XXXX")));
        Map<String, Double> m = scorer.metrics();
        assertEquals(1.0 / 3, m.get("strict_p"), EPS);
        assertEquals(1.0 / 3, m.get("strict_r"), EPS);
        assertEquals(1.0 / 3, m.get("strict_f1"), EPS);
        assertEquals(2.0 / 3, m.get("relaxed_p"), EPS);
        assertEquals(2.0 / 3, m.get("relaxed_r"), EPS);
        assertEquals(2.0 / 3, m.get("relaxed_f1"), EPS);
        assertEquals(0.5, m.get("type_accuracy"), EPS);
        assertEquals(1.0 / 3, m.get("type_f1"), EPS);
        assertEquals(1.0, m.get("value_accuracy"), EPS);
        assertEquals(2.0 / 3, m.get("value_f1"), EPS);
        assertEquals(1, scorer.missed().size());
        assertEquals(1, scorer.spurious().size());
    }

    /** Unequal counts: 1 gold, 2 system both overlapping it; only one pair counts, so P = 1/2, R = 1, F1 = 2/3. */
    @Test
    void pairsOneToOne() {
        TimexScorer scorer = new TimexScorer();
        scorer.add("d", List.of(new Timex(0, 20, "DATE", "2024-12")),
                List.of(new Timex(0, 8, "DATE", "2024-12"), new Timex(10, 20, "DATE", "2024")));
        Map<String, Double> m = scorer.metrics();
        assertEquals(0.5, m.get("relaxed_p"), EPS);
        assertEquals(1.0, m.get("relaxed_r"), EPS);
        assertEquals(2.0 / 3, m.get("relaxed_f1"), EPS);
        assertEquals(0.0, m.get("strict_f1"), EPS);
        assertEquals(1.0, m.get("value_accuracy"), EPS);
    }

    @Test
    void nothingFoundScoresZeroWithoutDividingByZero() {
        TimexScorer scorer = new TimexScorer();
        scorer.add("d", List.of(new Timex(0, 4, "DATE", "2024")), List.of());
        assertEquals(0.0, scorer.metrics().get("value_f1"), EPS);
        assertEquals(0.0, scorer.metrics().get("relaxed_p"), EPS);
    }

    @Test
    void documentsAddUp() {
        TimexScorer scorer = new TimexScorer();
        scorer.add("a", List.of(new Timex(0, 4, "DATE", "2024")), List.of(new Timex(0, 4, "DATE", "2024")));
        scorer.add("b", List.of(new Timex(0, 4, "DATE", "2023")), List.of(new Timex(0, 4, "DATE", "2022")));
        Map<String, Double> m = scorer.metrics();
        assertEquals(1.0, m.get("strict_f1"), EPS);
        assertEquals(0.5, m.get("value_accuracy"), EPS);
        assertEquals(2.0, m.get("gold"), EPS);
    }
}
