package io.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "three months after a concrete canopy collapsed, killing 15 people", "to mark one year since the collapse that
 * killed 16", "days after fighting that killed nearly 100", "since protests began": a phrase placing the reported
 * act at a distance after an earlier one names that earlier act, whose toll and violence are not the reported act's.
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
            if (link.equals("since") && startTold(w, i + 1, end)) {
                return i; // "the largest gathering since student-led protests began"
            }
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

    private static final Set<String> STARTS = Set.of("began", "started", "erupted", "broke");
    /** Words from "since" to the verb telling a start: "since student-led protests began". */
    private static final int START_REACH = 6;

    private static boolean startTold(Words w, int from, int end) {
        for (int i = from; i < end && i < from + START_REACH; i++) {
            String x = w.lower(i);
            if (STARTS.contains(x)) {
                return true;
            }
            if (x.equals(",") || x.equals(".")) {
                return false;
            }
        }
        return false;
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

    /**
     * The cues outside the sentence's earlier-act phrase, when one of them can still make an event ("marched ...,
     * the largest gathering since protests began"); all cues otherwise, so that the earlier act is still coded.
     */
    static List<Trigger> outside(Words w, List<Trigger> triggers, double candidateWeight) {
        boolean[] earlier = new boolean[w.size()];
        boolean any = false;
        for (int start = start(w, 0, w.size()); start >= 0; start = start(w, start + 1, w.size())) {
            for (int i = start + 1; i < end(w, start); i++) {
                earlier[i] = true;
            }
            any = true;
        }
        if (!any) {
            return triggers;
        }
        List<Trigger> out = new ArrayList<>(triggers.size());
        boolean candidate = false;
        for (Trigger t : triggers) {
            if (!earlier[t.firstToken()]) {
                out.add(t);
                candidate |= !t.isPlover() && t.weight() >= candidateWeight;
            }
        }
        return candidate ? out : triggers;
    }
}
