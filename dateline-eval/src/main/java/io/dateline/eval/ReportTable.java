package io.dateline.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A report as an aligned text table: one row per (data set, system), one column per metric, three decimals. Counts
 * (metrics such as "items", "*_items" or "articles", see {@link #isCount}) are printed as whole numbers; a metric missing
 * from a row prints as "-".
 */
public final class ReportTable {
    private ReportTable() {
    }

    public static String format(EvalReport report) {
        Set<String> metrics = new LinkedHashSet<>();
        report.rows().forEach(row -> metrics.addAll(row.metrics().keySet()));
        List<String> header = new ArrayList<>(List.of("dataset", "system"));
        header.addAll(metrics);

        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        for (EvalReport.Row row : report.rows()) {
            List<String> line = new ArrayList<>(List.of(row.dataset(), row.system()));
            for (String metric : metrics) {
                Double value = row.metrics().get(metric);
                line.add(value == null ? "-" : number(metric, value));
            }
            cells.add(line);
        }

        int[] widths = new int[header.size()];
        for (List<String> line : cells) {
            for (int c = 0; c < line.size(); c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder(report.suite()).append('\n');
        for (List<String> line : cells) {
            for (int c = 0; c < line.size(); c++) {
                boolean text = c < 2;
                String cell = line.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                out.append(c == 0 ? "" : "  ").append(text ? cell + pad : pad + cell);
            }
            out.setLength(out.length() - trailingSpaces(out));
            out.append('\n');
        }
        return out.toString();
    }

    private static String number(String metric, double value) {
        return isCount(metric)
                ? String.format(Locale.ROOT, "%d", Math.round(value))
                : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Metrics that count things rather than measure them: "items", "located_items", "articles", "gold", ... */
    public static boolean isCount(String metric) {
        return metric.equals("items") || metric.endsWith("_items") || COUNTS.contains(metric);
    }

    private static final java.util.Set<String> COUNTS = java.util.Set.of("articles", "gold", "predicted",
            "misaligned", "system", "gold_actors", "kind_scored", "country_scored", "gold_unlocated");

    private static int trailingSpaces(CharSequence s) {
        int n = 0;
        while (n < s.length() && s.charAt(s.length() - 1 - n) == ' ') {
            n++;
        }
        return n;
    }
}
