package io.dateline.events;

import java.util.Map;
import java.util.Set;

/**
 * Reads counts written in digits or words. Vague quantities follow ACLED's conservative practice: "a few" and
 * "several" count 3, "a dozen" and "dozens" 12, "scores" 20, "many" 10, "hundreds" 100, "thousands" 1000.
 */
final class NumberWords {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1), Map.entry("single", 1),
            Map.entry("both", 2));
    private static final Map<String, Integer> VAGUE = Map.of("several", 3, "few", 3, "dozen", 12, "dozens", 12,
            "scores", 20, "many", 10, "hundreds", 100, "thousands", 1000, "numerous", 10);

    private static final Set<String> SIDES_LINKS = Set.of("from", "on", "of", "between");

    private static final java.util.Set<String> NOT_A_COUNT_BEFORE_MANY = java.util.Set.of("how", "so", "too", "as");

    private NumberWords() {
    }

    /** The count written by the words ending at index {@code last} (inclusive), or -1 if none. */
    static int valueEndingAt(Words w, int last) {
        if (last < 0) {
            return -1;
        }
        String x = w.lower(last);
        if (x.equals("hundred") || x.equals("thousand")) {
            int mult = x.equals("hundred") ? 100 : 1000;
            int before = last > 0 ? simple(w.lower(last - 1)) : -1;
            return before > 0 ? before * mult : mult;
        }
        int v = simple(x);
        if (v == 1 && (x.equals("a") || x.equals("an"))) {
            return -1; // "a" alone is not a count here; "a dozen" is handled by VAGUE
        }
        if (x.equals("both") && (last + 1 < w.size() && w.lower(last + 1).startsWith("side")
                || last > 0 && SIDES_LINKS.contains(w.lower(last - 1)))) {
            return -1; // "both attackers" are two; "fighters from both sides" are not counted by "both"
        }
        if (v >= 0) {
            // "twenty-five" arrives as one word; "twenty five" as two
            if (v < 10 && last > 0) {
                int tens = simple(w.lower(last - 1));
                if (tens >= 20 && tens % 10 == 0) {
                    return tens + v;
                }
            }
            return v;
        }
        if (last > 0 && x.equals("many") && NOT_A_COUNT_BEFORE_MANY.contains(w.lower(last - 1))) {
            return -1; // "did not say how many militants died"
        }
        Integer vague = VAGUE.get(x);
        return vague == null ? -1 : vague;
    }

    static int simple(String x) {
        if (!x.isEmpty() && Character.isDigit(x.charAt(0))) {
            String digits = x.replace(",", "");
            if (digits.length() <= 7 && digits.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(digits);
            }
            return -1;
        }
        Integer u = UNITS.get(x);
        if (u != null) {
            return u;
        }
        int dash = x.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(x.substring(0, dash));
            Integer unit = UNITS.get(x.substring(dash + 1));
            if (tens != null && unit != null && tens >= 20 && unit < 10) {
                return tens + unit;
            }
        }
        return -1;
    }
}
