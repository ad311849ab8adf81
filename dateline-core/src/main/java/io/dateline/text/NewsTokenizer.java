package io.dateline.text;

import io.dateline.model.Tokens;

/** Placeholder: whitespace tokens. To be replaced by the news tokenizer. */
public final class NewsTokenizer implements Tokenizer {
    @Override
    public Tokens tokenize(CharSequence text) {
        int n = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int size = 0;
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size++] = i;
        }
        return Tokens.of(starts, ends, size);
    }
}
