package io.dateline.events;

import java.util.Locale;
import java.util.Set;

/**
 * The dateline that opens a wire report, "BANGUI, Central African Republic (AFP) -" or "NAIROBI, July 8 (Reuters) -":
 * its place is where the report was filed and its date the day it was, neither the event's.
 */
final class WireDateline {
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");
    /** Tokens a dateline may take. */
    private static final int REACH = 12;

    private WireDateline() {
    }

    /** The token index of the dash that closes the article's dateline, or -1 when the words open no dateline. */
    static int end(Words w) {
        if (w.size() < 2 || !w.text().substring(0, w.start(0)).isBlank() || w.end(0) - w.start(0) < 3) {
            return -1;
        }
        String first = w.text().substring(w.start(0), w.end(0));
        if (!first.equals(first.toUpperCase(Locale.ROOT))) {
            return -1;
        }
        for (int i = 1; i < w.size() && i <= REACH; i++) {
            if (DASHES.contains(w.lower(i))) {
                return i;
            }
        }
        return -1;
    }
}
