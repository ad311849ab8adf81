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

    private static final java.util.Set<String> ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th");

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

    // ---------------------------------------------------------------- phrase helpers shared by the rules

    /** A capitalised month name; an abbreviation ("Jan") only with its dot or a number after it. */
    boolean isMonthWord(int k) {
        return is(k, WordKind.MONTH) && capitalized(k)
                && !("abbr".equals(word[k].code()) && !isPunct(k + 1, '.') && plainNumber(k + 1, 1, 4) < 0);
    }

    /** After an abbreviated month ("Sept."), the dot belongs to the expression; after "September" it ends a sentence. */
    int skipDot(int k) {
        boolean abbreviation = word[k - 1] != null && "abbr".equals(word[k - 1].code());
        return abbreviation && isPunct(k, '.') && adjacent(k - 1) ? k + 1 : k;
    }

    /** After "2nd", "3rd": the token after the suffix, else k. */
    int skipOrdinalSuffix(int k) {
        if (k < size && adjacent(k - 1) && kind[k] == DateTokens.WORD
                && lowerIn(ORDINAL_SUFFIXES, k)) {
            return k + 1;
        }
        return k;
    }

    /** A 4-digit year at k or after a comma at k, or -1. */
    int yearAt(int k, boolean allowComma) {
        int at = allowComma && isPunct(k, ',') ? k + 1 : k;
        int y = plainNumber(at, 4, 4);
        return y >= 1000 && y <= 2199 ? y : -1;
    }

    /** The token after a year read by {@link #yearAt} from k. */
    int yearEnd(int k) {
        return isPunct(k, ',') ? k + 2 : k + 1;
    }

    /** After early / late / mid(-) / the end of / the beginning of / the middle of: the next token, else i. */
    int modifier(int i) {
        if (is(i, WordKind.MODIFIER)) {
            String m = lower(i);
            if (m.equals("early") || m.equals("late") || m.equals("mid") || m.equals("middle")) {
                if (m.equals("middle") && !isPunct(i + 1, '-')) {
                    return i;
                }
                return isPunct(i + 1, '-') && adjacent(i) ? i + 2 : i + 1;
            }
            return i;
        }
        if (is(i, WordKind.DETERMINER) && is(i + 1, WordKind.MODIFIER) && isWord(i + 2, "of")) {
            String m = lower(i + 1);
            if (m.equals("end") || m.equals("beginning") || m.equals("middle") || m.equals("start")
                    || m.equals("close")) {
                return i + 3;
            }
        }
        return i;
    }

    /** After "about", "nearly", "more than", "at least", "up to": the next token, else i. Such hedges are kept in the span. */
    int hedge(int i) {
        if (!is(i, WordKind.HEDGE)) {
            return i;
        }
        String second = word[i].code();
        if (second.equals("-")) {
            return i + 1;
        }
        return isWord(i + 1, second) ? i + 2 : i;
    }

    /** A capitalised unit after a word or number is part of a title or name: "This Week", "60 Minutes". */
    boolean title(int u) {
        return u > 0 && capitalized(u) && kind[u - 1] != DateTokens.PUNCT;
    }

    boolean isPossessive(int k) {
        return (isPunct(k, '\'') || isPunct(k, '\u2019')) && isWord(k + 1, "s");
    }
}
