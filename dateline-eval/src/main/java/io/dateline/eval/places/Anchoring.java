package io.dateline.eval.places;

/** Moves a span onto the nearest exact occurrence of its surface text, when the given offsets are a little off. */
public final class Anchoring {
    static final int WINDOW = 60;

    private Anchoring() {
    }

    /** {start, end}: unchanged when the text already matches or no occurrence lies within the window. */
    public static int[] anchor(String text, String surface, int start, int end) {
        if (surface == null || surface.isEmpty() || matches(text, surface, start)) {
            return new int[] {start, end};
        }
        for (int d = 1; d <= WINDOW; d++) {
            if (matches(text, surface, start - d)) {
                return new int[] {start - d, start - d + surface.length()};
            }
            if (matches(text, surface, start + d)) {
                return new int[] {start + d, start + d + surface.length()};
            }
        }
        return new int[] {start, end};
    }

    static boolean matches(String text, String surface, int at) {
        return at >= 0 && at + surface.length() <= text.length() && text.startsWith(surface, at);
    }
}
