package io.dateline.events;

import io.dateline.model.Span;

import java.util.Set;

/**
 * "A separate attack on a village last week killed eight people", "In another incident, ...", "Elsewhere, ...": a
 * clause that opens by saying it tells another act is not the story's event, however strong its words.
 */
final class SeparateActs {
    private static final Set<String> MARKERS = Set.of("separate", "separately", "elsewhere");
    /** Words of the clause's opening that may hold the marker: "In a separate incident". */
    private static final int OPENING_WORDS = 3;
    private static final int OPENING_CHARS = 40;

    private SeparateActs() {
    }

    static boolean opens(String text, Span clause) {
        Words w = Words.of(text, clause.start(), Math.min(clause.end(), clause.start() + OPENING_CHARS));
        for (int i = 0; i < w.size() && i < OPENING_WORDS; i++) {
            String x = w.lower(i);
            if (MARKERS.contains(x) || x.equals("another") && i == 1 && w.lower(0).equals("in")) {
                return true;
            }
        }
        return false;
    }
}
