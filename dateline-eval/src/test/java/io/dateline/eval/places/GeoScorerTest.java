package io.dateline.eval.places;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GeoScorerTest {
    private static Toponym gold(int s, int e, double lat, double lon) {
        return new Toponym(s, e, "x", lat, lon, true);
    }

    private static Toponym unlinked(int s, int e) {
        return new Toponym(s, e, "x", Double.NaN, Double.NaN, false);
    }

    @Test
    void spansMatchWithinOneCharacterAndDistanceDecidesAccuracy() {
        GeoScorer s = new GeoScorer();
        // gold: Leeds and York; predicted: Leeds one char off and placed right, York placed in Bonn, plus a false hit
        s.add(List.of(gold(0, 5, 53.8, -1.55), gold(10, 14, 53.96, -1.08)),
                List.of(gold(1, 6, 53.8, -1.5), gold(10, 14, 50.7, 7.1), gold(20, 25, 1, 1)));
        Map<String, Double> m = s.metrics();
        assertEquals(2.0 / 3, m.get("rec_p"), 1e-9);
        assertEquals(1.0, m.get("rec_r"), 1e-9);
        assertEquals(0.5, m.get("acc161"), 1e-9);
        assertEquals(1.0 / 3, m.get("e2e_p161"), 1e-9);
        assertEquals(0.5, m.get("e2e_r161"), 1e-9);
        assertEquals(0.4, m.get("e2e_f1_161"), 1e-9);
    }

    @Test
    void spansTwoCharactersOffDoNotMatch() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(gold(0, 5, 0, 0)), List.of(gold(2, 7, 0, 0)));
        assertEquals(0.0, s.metrics().get("rec_r"), 1e-9);
    }

    @Test
    void hitsOnUnlinkedGoldCountNeitherWay() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(gold(0, 5, 0, 0), unlinked(10, 20)), List.of(gold(0, 5, 0, 0), gold(10, 20, 0, 0)));
        assertEquals(1.0, s.metrics().get("rec_p"), 1e-9);
        assertEquals(1.0, s.metrics().get("gold"), 1e-9);
    }

    @Test
    void predictionWithoutCoordinatesIsFoundButNotPlaced() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(gold(0, 5, 10, 10)), List.of(new Toponym(0, 5, "x", Double.NaN, Double.NaN, true)));
        assertEquals(1.0, s.metrics().get("rec_f1"), 1e-9);
        assertEquals(0.0, s.metrics().get("acc161"), 1e-9);
    }

    @Test
    void eachGoldToponymIsMatchedOnce() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(gold(0, 5, 0, 0)), List.of(gold(0, 5, 0, 0), gold(1, 5, 0, 0)));
        assertEquals(0.5, s.metrics().get("rec_p"), 1e-9);
    }
}
