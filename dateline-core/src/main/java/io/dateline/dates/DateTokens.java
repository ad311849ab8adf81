package io.dateline.dates;

/**
 * The article text cut into words, numbers and single punctuation marks, with each word looked up in the lexicon.
 * Private to the date stage so that it depends on nothing but the text. Dotted letter runs ("p.m.", "U.S.") are one
 * token; digits with inner commas or dots ("1,500", "3.5") are one number token that is marked as not plain.
 */
final class DateTokens {
    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte PUNCT = 3;

    final String text;
    int size;
    int[] start;
    int[] end;
    byte[] kind;
    /** Value of a plain number token, -1 for formatted numbers. */
    int[] number;
    Word[] word;
    String[] lower;

    DateTokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 4);
        start = new int[capacity];
        end = new int[capacity];
        kind = new byte[capacity];
        number = new int[capacity];
        word = new Word[capacity];
        lower = new String[capacity];
        scan(DateLexicon.get());
    }

    int length(int i) {
        return end[i] - start[i];
    }

    boolean adjacent(int i) {
        return i + 1 < size && end[i] == start[i + 1];
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
    }

    /** Whether token i is the given lower-case word; compares in place, without lower-casing the token. */
    boolean isWord(int i, String lowerText) {
        if (i < 0 || i >= size || kind[i] != WORD) {
            return false;
        }
        if (lower[i] != null) {
            return lowerText.equals(lower[i]);
        }
        if (word[i] != null) {
            return lowerText.equals(word[i].key());
        }
        int len = end[i] - start[i];
        return len == lowerText.length() && text.regionMatches(true, start[i], lowerText, 0, len);
    }

    boolean is(int i, WordKind k) {
        return i >= 0 && i < size && word[i] != null && word[i].kind() == k;
    }

    /** Whether token i is a word whose lower-case form is in the set. */
    boolean lowerIn(java.util.Set<String> words, int i) {
        String w = i >= 0 && i < size ? lower(i) : null;
        return w != null && words.contains(w);
    }

    /** Token i lower-cased without dots, made on first use (most tokens are never asked); null if not a word. */
    String lower(int i) {
        if (i < 0 || i >= size || kind[i] != WORD) {
            return null;
        }
        String w = lower[i];
        if (w == null) {
            Word entry = word[i];
            w = entry != null ? entry.key() : lowerCase(start[i], end[i]);
            lower[i] = w;
        }
        return w;
    }

    private String lowerCase(int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != '.') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    boolean capitalized(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    /** A plain number of the given digit counts (inclusive), or -1. */
    int plainNumber(int i, int minDigits, int maxDigits) {
        if (i < 0 || i >= size || kind[i] != NUMBER || number[i] < 0) {
            return -1;
        }
        int digits = length(i);
        return digits >= minDigits && digits <= maxDigits ? number[i] : -1;
    }

    private void scan(DateLexicon lexicon) {
        String t = text;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && Character.isLetter(t.charAt(j))) {
                    j++;
                }
                // Dotted single letters: a.m., p.m., U.S.
                if (j == i + 1 && j + 1 < n && t.charAt(j) == '.' && Character.isLetter(t.charAt(j + 1))) {
                    int k = j;
                    while (k + 1 < n && t.charAt(k) == '.' && Character.isLetter(t.charAt(k + 1))
                            && (k + 2 >= n || !Character.isLetter(t.charAt(k + 2)))) {
                        k += 2;
                    }
                    if (k < n && t.charAt(k) == '.') {
                        k++;
                    }
                    if (k > j) {
                        j = k;
                    }
                }
                add(i, j, WORD, -1);
                word[size - 1] = lexicon.lookup(t, i, j);
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                boolean plain = true;
                while (j < n) {
                    char d = t.charAt(j);
                    if (d >= '0' && d <= '9') {
                        j++;
                    } else if ((d == ',' || d == '.') && j + 1 < n && Character.isDigit(t.charAt(j + 1))) {
                        plain = false;
                        j++;
                    } else {
                        break;
                    }
                }
                int value = -1;
                if (plain && j - i <= 9) {
                    value = Integer.parseInt(t, i, j, 10);
                }
                add(i, j, NUMBER, value);
                i = j;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                add(i, i + 1, PUNCT, -1);
                i++;
            }
        }
    }

    private void add(int from, int to, byte k, int value) {
        if (size == start.length) {
            int capacity = size * 2;
            start = java.util.Arrays.copyOf(start, capacity);
            end = java.util.Arrays.copyOf(end, capacity);
            kind = java.util.Arrays.copyOf(kind, capacity);
            number = java.util.Arrays.copyOf(number, capacity);
            word = java.util.Arrays.copyOf(word, capacity);
            lower = java.util.Arrays.copyOf(lower, capacity);
        }
        start[size] = from;
        end[size] = to;
        kind[size] = k;
        number[size] = value;
        size++;
    }
}
