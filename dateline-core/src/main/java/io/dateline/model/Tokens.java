package io.dateline.model;

import java.util.Arrays;

/**
 * The tokens of an article as parallel offset arrays: compact, and cheap to build at millions of tokens per second.
 * Immutable: the arrays are copied in and never handed out.
 */
public final class Tokens {
    public static final Tokens NONE = new Tokens(new int[0], new int[0], 0);

    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Tokens(int[] starts, int[] ends, int size) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** Takes the first {@code size} entries of both arrays (copied). */
    public static Tokens of(int[] starts, int[] ends, int size) {
        if (starts.length < size || ends.length < size) {
            throw new IllegalArgumentException("arrays shorter than size " + size);
        }
        return new Tokens(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), size);
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[checked(i)];
    }

    public int end(int i) {
        return ends[checked(i)];
    }

    public Span span(int i) {
        return new Span(start(i), end(i));
    }

    public String text(CharSequence articleText, int i) {
        return articleText.subSequence(start(i), end(i)).toString();
    }

    /** Index of the first token starting at or after {@code offset}, or size() if none. */
    public int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        return i >= 0 ? i : -i - 1;
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }
}
