package io.dateline.batch;

/** Counts whitespace-separated tokens: the throughput unit of the benchmark, independent of our tokenizer. */
public final class WhitespaceTokens {
    private WhitespaceTokens() {
    }

    public static long count(CharSequence text) {
        long count = 0;
        boolean inToken = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }
}
