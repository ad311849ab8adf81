package io.dateline.eval.places;

import io.dateline.places.Distance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one system on one corpus, the same way for every system: recognition P/R/F1 with spans matching within
 * ±1 character, accuracy@161 km over the correctly recognised linked toponyms, end-to-end P/R/F1 counting a toponym
 * only when found and placed within 161 km, and mean/median error. Predictions matching an unlinked gold toponym
 * (a street, a building) count neither way. Not thread-safe: one scorer per system and corpus.
 */
public final class GeoScorer {
    public static final double KM = 161;
    private static final double NO_COORDINATES_KM = 20_038; // half the equator: the worst possible error

    private int gold;
    private int predicted;
    private int found;
    private int within;
    private int articles;
    private final List<Double> errors = new ArrayList<>();

    public void add(List<Toponym> goldToponyms, List<Toponym> predictions) {
        articles++;
        List<Toponym> linked = goldToponyms.stream().filter(Toponym::linked).toList();
        List<Toponym> unlinked = goldToponyms.stream().filter(t -> !t.linked()).toList();
        gold += linked.size();
        boolean[] used = new boolean[linked.size()];
        for (Toponym p : predictions) {
            int match = -1;
            for (int i = 0; i < linked.size(); i++) {
                if (!used[i] && sameSpan(linked.get(i), p)) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                if (unlinked.stream().noneMatch(u -> sameSpan(u, p))) {
                    predicted++;
                }
                continue;
            }
            used[match] = true;
            predicted++;
            found++;
            Toponym g = linked.get(match);
            double km = p.hasCoordinates() && g.hasCoordinates()
                    ? Distance.km(g.lat(), g.lon(), p.lat(), p.lon()) : NO_COORDINATES_KM;
            errors.add(km);
            if (km <= KM) {
                within++;
            }
        }
    }

    static boolean sameSpan(Toponym a, Toponym b) {
        return Math.abs(a.start() - b.start()) <= 1 && Math.abs(a.end() - b.end()) <= 1;
    }

    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        double p = ratio(found, predicted);
        double r = ratio(found, gold);
        m.put("articles", (double) articles);
        m.put("gold", (double) gold);
        m.put("predicted", (double) predicted);
        m.put("rec_p", p);
        m.put("rec_r", r);
        m.put("rec_f1", f1(p, r));
        m.put("acc161", ratio(within, found));
        double ep = ratio(within, predicted);
        double er = ratio(within, gold);
        m.put("e2e_p161", ep);
        m.put("e2e_r161", er);
        m.put("e2e_f1_161", f1(ep, er));
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        m.put("mean_km", e.length == 0 ? 0 : Arrays.stream(e).average().orElse(0));
        m.put("median_km", e.length == 0 ? 0 : e.length % 2 == 1 ? e[e.length / 2]
                : (e[e.length / 2 - 1] + e[e.length / 2]) / 2);
        return m;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
