package io.dateline.eval.places;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a stored output line belongs to the article at the same position: most of its mentions must occur in
 * the article's text at (or within a few characters of) their offsets. Re-anchors the spans as the gold is.
 */
public final class Alignment {
    static final double MIN_SHARE = 0.5;

    private Alignment() {
    }

    /** The line's toponyms re-anchored onto the text, or null when the line does not fit the article. */
    public static List<Toponym> align(String text, List<Toponym> line) {
        List<Toponym> out = new ArrayList<>(line.size());
        int fitting = 0;
        for (Toponym t : line) {
            int[] span = Anchoring.anchor(text, t.text(), t.start(), t.end());
            if (Anchoring.matches(text, t.text(), span[0])) {
                fitting++;
            }
            out.add(new Toponym(span[0], span[1], t.text(), t.lat(), t.lon(), t.linked()));
        }
        return line.isEmpty() || fitting >= MIN_SHARE * line.size() ? out : null;
    }
}
