package io.dateline.eval.events;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LabelScoresTest {
    private static final double EPS = 1e-12;

    /*
     * gold A A B C, predicted A B B NONE:
     * A: TP 1 FP 0 FN 1 -> F1 2/3;  B: TP 1 FP 1 FN 0 -> F1 2/3;  C: TP 0 FP 0 FN 1 -> F1 0.
     * accuracy 2/4; macro (2/3 + 2/3 + 0) / 3 = 4/9; weighted (2*2/3 + 1*2/3 + 1*0) / 4 = 1/2.
     */
    @Test
    void handComputedExample() {
        LabelScores s = LabelScores.of(List.of("A", "A", "B", "C"), List.of("A", "B", "B", "NONE"));
        assertEquals(0.5, s.accuracy(), EPS);
        assertEquals(2.0 / 3, s.f1("A"), EPS);
        assertEquals(2.0 / 3, s.f1("B"), EPS);
        assertEquals(0.0, s.f1("C"), EPS);
        assertEquals(4.0 / 9, s.macroF1(), EPS);
        assertEquals(0.5, s.weightedF1(), EPS);
    }

    /*
     * gold A A A B, predicted B B A B:
     * A: TP 1 FP 0 FN 2 -> 2/4 = 1/2;  B: TP 1 FP 2 FN 0 -> 2/4 = 1/2.
     * accuracy 1/2, macro 1/2, weighted (3*1/2 + 1*1/2) / 4 = 1/2.
     */
    @Test
    void falsePositivesLowerTheLabelPredicted() {
        LabelScores s = LabelScores.of(List.of("A", "A", "A", "B"), List.of("B", "B", "A", "B"));
        assertEquals(0.5, s.f1("A"), EPS);
        assertEquals(0.5, s.f1("B"), EPS);
        assertEquals(0.5, s.weightedF1(), EPS);
    }

    /* Weighted differs from macro when supports differ: gold A A A B, predicted A A A A -> F1(A) 6/7, F1(B) 0. */
    @Test
    void weightedFollowsSupport() {
        LabelScores s = LabelScores.of(List.of("A", "A", "A", "B"), List.of("A", "A", "A", "A"));
        assertEquals(6.0 / 7, s.f1("A"), EPS);
        assertEquals(3.0 / 7, s.macroF1(), EPS);
        assertEquals(3 * (6.0 / 7) / 4, s.weightedF1(), EPS);
        assertEquals(0.75, s.accuracy(), EPS);
    }

    @Test
    void predictionsOutsideTheGoldLabelsAreNotAveraged() {
        LabelScores s = LabelScores.of(List.of("A", "B"), List.of("A", "Z"));
        assertEquals((1.0 + 0.0) / 2, s.macroF1(), EPS);
    }

    @Test
    void nullPredictionIsWrong() {
        LabelScores s = LabelScores.of(List.of("A"), Arrays.asList((String) null));
        assertEquals(0.0, s.accuracy(), EPS);
        assertEquals(0.0, s.macroF1(), EPS);
    }

    @Test
    void perfectAndEmpty() {
        LabelScores perfect = LabelScores.of(List.of("A", "B", "B"), List.of("A", "B", "B"));
        assertEquals(1.0, perfect.accuracy(), EPS);
        assertEquals(1.0, perfect.macroF1(), EPS);
        assertEquals(1.0, perfect.weightedF1(), EPS);
        LabelScores empty = LabelScores.of(List.of(), List.of());
        assertEquals(0.0, empty.accuracy(), EPS);
        assertEquals(0.0, empty.macroF1(), EPS);
        assertEquals(0.0, empty.weightedF1(), EPS);
    }

    @Test
    void lengthsMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> LabelScores.of(List.of("A"), List.of()));
    }
}
