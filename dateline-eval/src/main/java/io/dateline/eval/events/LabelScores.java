package io.dateline.eval.events;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Single-label classification scores with scikit-learn's semantics, over the labels that occur in the gold data
 * (as {@code sklearn.metrics.f1_score(gold, predicted, labels=sorted(set(gold)), average=...)}, zero_division=0).
 * For each gold label L: TP = items with gold L predicted L, FP = items predicted L with another gold label,
 * FN = items with gold L predicted otherwise; F1(L) = 2TP / (2TP + FP + FN), 0 when that is 0/0.
 * A prediction that is not a gold label (such as "NONE") is simply wrong: it adds an FN to its item's gold label.
 * <ul>
 *   <li>accuracy = items predicted correctly / items;</li>
 *   <li>macro F1 = unweighted mean of F1(L) over the gold labels;</li>
 *   <li>weighted F1 = sum of support(L) &middot; F1(L) / items, support(L) = items with gold L.</li>
 * </ul>
 * With no items every score is 0.
 */
public final class LabelScores {
    private final Map<String, int[]> counts; // label -> {tp, fp, fn}
    private final int items;
    private final int correct;

    private LabelScores(Map<String, int[]> counts, int items, int correct) {
        this.counts = counts;
        this.items = items;
        this.correct = correct;
    }

    /** Gold and predicted labels, item by item; a null prediction counts as wrong. */
    public static LabelScores of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        Map<String, int[]> counts = new TreeMap<>();
        gold.forEach(label -> counts.computeIfAbsent(Objects.requireNonNull(label, "gold label"), l -> new int[3]));
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i);
            String p = predicted.get(i);
            if (g.equals(p)) {
                counts.get(g)[0]++;
                correct++;
            } else {
                counts.get(g)[2]++;
                int[] predictedCounts = p == null ? null : counts.get(p);
                if (predictedCounts != null) {
                    predictedCounts[1]++;
                }
            }
        }
        return new LabelScores(counts, gold.size(), correct);
    }

    public int items() {
        return items;
    }

    public double accuracy() {
        return items == 0 ? 0 : (double) correct / items;
    }

    /** F1 of one gold label; 0 for a label absent from the gold data. */
    public double f1(String label) {
        int[] c = counts.get(label);
        if (c == null) {
            return 0;
        }
        int denominator = 2 * c[0] + c[1] + c[2];
        return denominator == 0 ? 0 : 2.0 * c[0] / denominator;
    }

    public double macroF1() {
        return counts.isEmpty() ? 0 : counts.keySet().stream().mapToDouble(this::f1).sum() / counts.size();
    }

    public double weightedF1() {
        if (items == 0) {
            return 0;
        }
        double sum = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int support = e.getValue()[0] + e.getValue()[2];
            sum += support * f1(e.getKey());
        }
        return sum / items;
    }
}
