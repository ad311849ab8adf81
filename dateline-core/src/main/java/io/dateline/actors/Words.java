package io.dateline.actors;

import java.text.Normalizer;

/**
 * The words of a text, normalised for lexicon lookup: letters and digits only, lower case, diacritics folded,
 * apostrophes inside words dropped (Kata'ib = Kataib), possessive 's cut off and remembered, dotted acronyms joined
 * (U.S. = US), hyphens splitting words. Independent of the pipeline's tokenizer, so that matching does not change
 * when the tokenizer does. Offsets point into the original text.
 */
final class Words {
    private final CharSequence text;
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] norms = new String[64];
    private byte[] flags = new byte[64];

    static final byte CAPITALISED = 1;
    static final byte ALL_UPPER = 2;
    static final byte POSSESSIVE = 4;
    static final byte PLURAL_POSSESSIVE = 8;

    private Words(CharSequence text) {
        this.text = text;
    }

    static Words of(CharSequence text) {
        Words words = new Words(text);
        words.scan();
        return words;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String norm(int i) {
        return norms[i];
    }

    boolean capitalised(int i) {
        return (flags[i] & CAPITALISED) != 0;
    }

    boolean allUpper(int i) {
        return (flags[i] & ALL_UPPER) != 0;
    }

    boolean possessive(int i) {
        return (flags[i] & POSSESSIVE) != 0;
    }

    CharSequence text() {
        return text;
    }

    /** True if words i-1 and i are joined only by spaces or a hyphen, so that they can belong to one name. */
    boolean joined(int i) {
        if (i <= 0 || possessiveBlocks(i - 1)) {
            return false;
        }
        int from = ends[i - 1];
        int to = starts[i];
        if (to - from > 3) {
            return false;
        }
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                newlines++;
            } else if (c != ' ' && c != '\t' && c != '\u00a0' && !isHyphen(c) && !(k == from && isApostrophe(c))) {
                return false;
            }
        }
        return newlines == 0;
    }

    /**
     * Like {@link #joined}, but also across a singular possessive: the lexicon decides whether "People's Defence
     * Force" goes on, while "Syria's army" is no lexicon phrase.
     */
    boolean linked(int i) {
        if (i <= 0 || !possessive(i - 1) || (flags[i - 1] & PLURAL_POSSESSIVE) != 0) {
            return joined(i);
        }
        int p = ends[i - 1];
        if (p < starts[i] && isApostrophe(text.charAt(p))) {
            p++;
        }
        if (p < starts[i] && (text.charAt(p) == 's' || text.charAt(p) == 'S')) {
            p++;
        }
        return starts[i] - p == 1 && text.charAt(p) == ' ';
    }

    /** A plural possessive (Workers') may sit inside a name; a singular one (Syria's) ends the name. */
    private boolean possessiveBlocks(int i) {
        return possessive(i) && (flags[i] & PLURAL_POSSESSIVE) == 0;
    }

    /** The characters between word i-1 and word i (empty for i = 0). */
    CharSequence gapBefore(int i) {
        return i <= 0 ? "" : text.subSequence(ends[i - 1], starts[i]);
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bf' || c == '\u02be' || c == '\u02bc'
                || c == '`' || c == '\u00b4';
    }

    /** Normalises a lexicon phrase into its lookup words, exactly as text is normalised. */
    static String[] normalisePhrase(String phrase) {
        Words words = of(phrase);
        String[] result = new String[words.size];
        System.arraycopy(words.norms, 0, result, 0, words.size);
        return result;
    }

    private void scan() {
        int n = text.length();
        StringBuilder norm = new StringBuilder(24);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || isApostrophe(c)) {
                i++;
                continue;
            }
            int start = i;
            norm.setLength(0);
            boolean ascii = true;
            int letters = 0;
            int uppers = 0;
            int segment = 0; // letters since the word start or the last dot, to join U.S. and U.N.
            boolean possessive = false;
            boolean plural = false;
            int end;
            while (true) {
                c = text.charAt(i);
                if (Character.isLetterOrDigit(c) && !isApostrophe(c)) {
                    if (Character.isLetter(c)) {
                        letters++;
                        if (Character.isUpperCase(c)) {
                            uppers++;
                        }
                    }
                    ascii &= c < 128;
                    norm.append(Character.toLowerCase(c));
                    segment++;
                    i++;
                    if (i >= n) {
                        end = i;
                        break;
                    }
                    continue;
                }
                if (isApostrophe(c) && i + 1 < n) {
                    char next = text.charAt(i + 1);
                    boolean afterNext = i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2));
                    if ((next == 's' || next == 'S') && afterNext) {
                        end = i;
                        possessive = true;
                        i += 2;
                        break;
                    }
                    if (Character.isLetter(next)) {
                        i++;
                        continue;
                    }
                }
                if (isApostrophe(c) && i > start && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S')
                        && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    end = i;
                    possessive = true;
                    plural = true;
                    i++;
                    break;
                }
                if (c == '.' && segment == 1 && i + 1 < n && Character.isUpperCase(text.charAt(i + 1))
                        && Character.isUpperCase(text.charAt(i - 1))
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    segment = 0;
                    i++;
                    continue;
                }
                end = i;
                break;
            }
            if (c == '.' && end == i && segment == 1 && letters > 1 && uppers == letters && i + 1 <= n) {
                end = i + 1; // keep the final dot of U.S. inside the word
                i++;
            }
            String value = norm.toString();
            if (!ascii) {
                value = fold(value);
            }
            byte f = 0;
            if (letters > 0 && Character.isUpperCase(firstLetter(start, end))) {
                f |= CAPITALISED;
            }
            if (letters > 0 && uppers == letters) {
                f |= ALL_UPPER;
            }
            if (possessive) {
                f |= POSSESSIVE;
            }
            if (plural) {
                f |= PLURAL_POSSESSIVE;
            }
            add(start, end, value, f);
        }
    }

    private char firstLetter(int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                return c;
            }
        }
        return 'x';
    }

    private static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void add(int start, int end, String norm, byte f) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = java.util.Arrays.copyOf(starts, capacity);
            ends = java.util.Arrays.copyOf(ends, capacity);
            norms = java.util.Arrays.copyOf(norms, capacity);
            flags = java.util.Arrays.copyOf(flags, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        norms[size] = norm;
        flags[size] = f;
        size++;
    }
}
