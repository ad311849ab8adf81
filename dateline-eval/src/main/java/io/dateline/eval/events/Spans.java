package io.dateline.eval.events;

import io.dateline.model.Span;

/** Comparisons of half-open character spans. */
final class Spans {
    private Spans() {
    }

    /** True when the spans share at least one character. */
    static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
