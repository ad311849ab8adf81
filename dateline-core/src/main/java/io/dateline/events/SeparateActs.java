package io.dateline.events;

import io.dateline.model.Span;

import java.util.Set;

/**
 * "A separate attack on a village last week killed eight people", "In another incident, ...", "Elsewhere, ...",
 * "Meanwhile, ...", "Earlier that day, ...": a clause that opens by saying it tells another act is not the story's
 * event, however strong its words.
 */
final class SeparateActs {
    private static final Set<String> MARKERS = Set.of("separate", "separately", "elsewhere", "meanwhile");
    /** Words of the clause's opening that may hold the marker: "In a separate incident". */
    private static final int OPENING_WORDS = 3;
    private static final int OPENING_CHARS = 40;

    private SeparateActs() {
    }

    static boolean opens(String text, Span clause) {
        Words w = Words.of(text, clause.start(), Math.min(clause.end(), clause.start() + OPENING_CHARS));
        for (int i = 0; i < w.size() && i < OPENING_WORDS; i++) {
            String x = w.lower(i);
            // "Earlier that day, shelling killed one": an act told as coming before the story's
            boolean earlier = i == 0 && x.equals("earlier");
            if (MARKERS.contains(x) || earlier || x.equals("another") && i == 1 && w.lower(0).equals("in")) {
                return true;
            }
        }
        return false;
    }
}
