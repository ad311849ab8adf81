package io.dateline.events;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words and punctuation marks of one stretch of text, as offsets and lower-case forms. Our own small scanner, so
 * that event coding does not depend on how the shared tokenizer treats punctuation: words are runs of letters and
 * digits (with inner hyphens, apostrophes, dots and commas between digits); every other non-space char is a token.
 */
public final class Words {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;

    private Words(String text, int[] starts, int[] ends, String[] lower) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
    }

    public static Words of(String text) {
        return of(text, 0, text.length());
    }

    /** Scans text[from, to); offsets stay relative to the whole text. */
    public static Words of(String text, int from, int to) {
        int cap = Math.max(8, (to - from) / 5);
        int[] s = new int[cap];
        int[] e = new int[cap];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (isJoiner(d) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                            && joins(d, text.charAt(i - 1), text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = start;
            e[n++] = i;
        }
        String[] low = new String[n];
        for (int k = 0; k < n; k++) {
            low[k] = normalise(text.substring(s[k], e[k]));
        }
        return new Words(text, Arrays.copyOf(s, n), Arrays.copyOf(e, n), low);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == ',';
    }

    private static boolean joins(char c, char before, char after) {
        if (c == '.' || c == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return true;
    }

    private static String normalise(String w) {
        return w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    /** The original spelling. */
    public String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public boolean isCapitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Index of the first word starting at or after offset, or size(). */
    public int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Index of the last word ending at or before offset, or -1. */
    public int lastEndingBy(int offset) {
        int i = firstAtOrAfter(offset);
        while (i > 0 && ends[i - 1] > offset) {
            i--;
        }
        return i - 1;
    }

    public List<String> lowerList() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return lower[index];
            }

            @Override
            public int size() {
                return lower.length;
            }
        };
    }

    public String text() {
        return text;
    }
}
