package io.dateline.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A suite's result: one row per (data set, system), each with named metrics; "dateline" is our row, others are stored
 * baselines scored the same way.
 */
public record EvalReport(String suite, List<Row> rows) {
    public EvalReport {
        rows = List.copyOf(rows);
    }

    public record Row(String dataset, String system, Map<String, Double> metrics) {
        public Row {
            metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        }
    }
}
