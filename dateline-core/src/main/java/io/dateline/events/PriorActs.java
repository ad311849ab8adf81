package io.dateline.events;

import java.util.Set;

/**
 * "three months after a concrete canopy collapsed, killing 15 people", "to mark one year since the collapse that
 * killed 16", "days after fighting that killed nearly 100": a phrase placing the reported act at a distance after an
 * earlier one names that earlier act, whose toll and violence are not the reported act's.
 */
final class PriorActs {
    private static final Set<String> SPANS = Set.of("days", "weeks", "months", "year", "years", "decade", "decades",
            "week", "month", "anniversary");
    private static final Set<String> LINKS = Set.of("after", "since", "of");
    private static final Set<String> OUTCOMES = Set.of("killing", "wounding", "injuring", "leaving");

    private PriorActs() {
    }

    /** The token that opens such a phrase within [from, to), or -1: the "after" of "three months after". */
    static int start(Words w, int from, int to) {
        int end = Math.min(to, w.size());
        for (int i = Math.max(from, 1); i < end; i++) {
            String link = w.lower(i);
            if (!LINKS.contains(link) || !SPANS.contains(w.lower(i - 1))) {
                continue;
            }
            // "anniversary of", but only a span before "after"/"since": "two years of war" is no earlier act
            if (link.equals("of") != w.lower(i - 1).equals("anniversary")) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /** Where the phrase opened at {@code start} ends: its act's outcome ("..., killing 15 people") is still in it. */
    static int end(Words w, int start) {
        boolean clause = !w.lower(start).equals("of"); // "after ... collapsed, killing 15"; "the anniversary of X,"
        for (int i = start + 1; i < w.size(); i++) {
            String x = w.lower(i);
            if (x.equals(".") || x.equals(";") || x.equals(",") && !(clause && i + 1 < w.size()
                    && OUTCOMES.contains(w.lower(i + 1)))) {
                return i;
            }
        }
        return w.size();
    }

    /** Whether token i lies in an earlier act's phrase within [from, to). */
    static boolean within(Words w, int from, int to, int i) {
        int start = start(w, from, to);
        return start >= 0 && i > start && i < end(w, start);
    }
}
