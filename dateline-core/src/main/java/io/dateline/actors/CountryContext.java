package io.dateline.actors;

import java.util.HashMap;
import java.util.Map;

/**
 * The article's dominant country: the one named most often (country names, capitals, demonyms, named actors), if it
 * is named strictly more often than any other, and at least twice unless it is the only one. Generic agents without a country of their own
 * ("police", "residents") take it.
 */
final class CountryContext {
    private final Map<String, Integer> counts = new HashMap<>();

    void count(String iso2) {
        count(iso2, 1);
    }

    void count(String iso2, int times) {
        if (iso2 != null) {
            counts.merge(iso2, times, Integer::sum);
        }
    }

    String dominant() {
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            if (n > top) {
                second = top;
                top = n;
                best = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        return top > second && (top >= 2 || second == 0) ? best : null;
    }
}
