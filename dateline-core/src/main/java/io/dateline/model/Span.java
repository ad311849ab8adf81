package io.dateline.model;

/** A half-open character range [start, end) into an article's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
