package io.dateline.eval.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TempEval-3 scoring of temporal expressions. Spans are paired one to one, in text order: a strict pair has the same
 * span, a relaxed pair overlaps. Type and value are judged over the relaxed pairs, and their F1 is the relaxed F1
 * times their accuracy, as in the TempEval-3 scorer. Not thread-safe: one scorer per run.
 */
public final class TimexScorer {
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int typeCorrect;
    private int valueCorrect;
    private final List<Pair> pairs = new ArrayList<>();
    private final List<Timex> missed = new ArrayList<>();
    private final List<Timex> spurious = new ArrayList<>();

    /** A relaxed pair, kept so that errors can be studied. */
    public record Pair(String document, Timex gold, Timex system) {
    }

    /** Adds one document; both lists in any order. */
    public void add(String document, List<Timex> goldTimexes, List<Timex> systemTimexes) {
        gold += goldTimexes.size();
        system += systemTimexes.size();
        boolean[] usedStrict = new boolean[systemTimexes.size()];
        for (Timex g : goldTimexes) {
            for (int i = 0; i < systemTimexes.size(); i++) {
                Timex s = systemTimexes.get(i);
                if (!usedStrict[i] && s.start() == g.start() && s.end() == g.end()) {
                    usedStrict[i] = true;
                    strict++;
                    break;
                }
            }
        }
        boolean[] used = new boolean[systemTimexes.size()];
        for (Timex g : goldTimexes) {
            int best = -1;
            for (int i = 0; i < systemTimexes.size(); i++) {
                Timex s = systemTimexes.get(i);
                if (used[i] || !s.overlaps(g)) {
                    continue;
                }
                // Prefer the exact span when several overlap, so that strict pairs stay pairs.
                if (best < 0 || (s.start() == g.start() && s.end() == g.end())) {
                    best = i;
                }
            }
            if (best < 0) {
                missed.add(g);
                continue;
            }
            used[best] = true;
            Timex s = systemTimexes.get(best);
            relaxed++;
            if (Objects.equals(g.type(), s.type())) {
                typeCorrect++;
            }
            if (g.value() != null && g.value().equals(s.value())) {
                valueCorrect++;
            }
            pairs.add(new Pair(document, g, s));
        }
        for (int i = 0; i < systemTimexes.size(); i++) {
            if (!used[i]) {
                spurious.add(systemTimexes.get(i));
            }
        }
    }

    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("gold", (double) gold);
        m.put("system", (double) system);
        m.put("strict_p", ratio(strict, system));
        m.put("strict_r", ratio(strict, gold));
        m.put("strict_f1", f1(strict));
        m.put("relaxed_p", ratio(relaxed, system));
        m.put("relaxed_r", ratio(relaxed, gold));
        double relaxedF1 = f1(relaxed);
        m.put("relaxed_f1", relaxedF1);
        double typeAccuracy = ratio(typeCorrect, relaxed);
        m.put("type_accuracy", typeAccuracy);
        m.put("type_f1", relaxedF1 * typeAccuracy);
        double valueAccuracy = ratio(valueCorrect, relaxed);
        m.put("value_accuracy", valueAccuracy);
        m.put("value_f1", relaxedF1 * valueAccuracy);
        return m;
    }

    public List<Pair> pairs() {
        return List.copyOf(pairs);
    }

    public List<Timex> missed() {
        return List.copyOf(missed);
    }

    public List<Timex> spurious() {
        return List.copyOf(spurious);
    }

    private double f1(int matched) {
        double p = ratio(matched, system);
        double r = ratio(matched, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
