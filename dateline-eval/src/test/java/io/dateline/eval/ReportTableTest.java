package io.dateline.eval;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTableTest {
    private static Map<String, Double> metrics(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void alignsColumnsWithThreeDecimalsAndWholeCounts() {
        EvalReport report = new EvalReport("demo", List.of(
                new EvalReport.Row("set-a", "dateline", metrics("items", 12.0, "f1", 0.71234)),
                new EvalReport.Row("longer-set", "clavin", metrics("items", 7.0, "f1", 1.0, "acc", 0.5))));
        String expected = """
                demo
                dataset     system    items     f1    acc
                set-a       dateline     12  0.712      -
                longer-set  clavin        7  1.000  0.500
                """;
        assertEquals(expected, ReportTable.format(report));
    }

    @Test
    void countsAreItemsOrEndInItems() {
        assertTrue(ReportTable.isCount("items"));
        assertTrue(ReportTable.isCount("located_items"));
        assertFalse(ReportTable.isCount("itemsness"));
        assertFalse(ReportTable.isCount("accuracy"));
    }
}
