package io.dateline.places;

import io.dateline.model.Span;
import io.dateline.model.Tokens;

import java.util.Arrays;
import java.util.List;

/**
 * The words of an article for place matching: token offsets with surrounding punctuation and possessive "'s" cut
 * off, so the code works whether the tokenizer splits punctuation off or leaves it attached. A "break" before a word
 * means punctuation or a sentence boundary separates it from the previous word.
 */
final class Words {
    final int[] start;
    final int[] end;
    final boolean[] breakBefore;
    final boolean[] sentenceStart;
    final boolean[] commaAfter;
    final int size;

    private Words(int[] start, int[] end, boolean[] breakBefore, boolean[] sentenceStart, boolean[] commaAfter,
                  int size) {
        this.start = start;
        this.end = end;
        this.breakBefore = breakBefore;
        this.sentenceStart = sentenceStart;
        this.commaAfter = commaAfter;
        this.size = size;
    }

    static Words of(String text, Tokens tokens, List<Span> sentences) {
        int n = tokens.size();
        int[] s = new int[n];
        int[] e = new int[n];
        boolean[] br = new boolean[n];
        boolean[] ss = new boolean[n];
        boolean[] ca = new boolean[n];
        int size = 0;
        boolean pendingBreak = true;
        int sentence = 0;
        for (int t = 0; t < n; t++) {
            int a = tokens.start(t);
            int b = tokens.end(t);
            // a tokenizer that splits punctuation off: glue it back where it belongs to the word
            boolean attached = size > 0 && a == e[size - 1];
            if (attached && b == a + 1 && text.charAt(a) == '.' && isAbbreviation(text, s[size - 1], b)) {
                e[size - 1] = b; // "St" + "." -> "St."
                continue;
            }
            if (attached && text.charAt(e[size - 1] - 1) == '.' && b - a <= 3 && Character.isLetter(text.charAt(a))
                    && e[size - 1] - s[size - 1] <= 4) {
                e[size - 1] = b; // "U." + "S" -> "U.S"
                continue;
            }
            if (attached && isPossessive(text, a, b)) {
                continue; // "Iraq" + "'s"
            }
            if (attached && b == a + 1 && isApostrophe(text.charAt(a)) && t + 1 < n && tokens.start(t + 1) == b
                    && isPossessive(text, a, tokens.end(t + 1))) {
                t++;
                continue; // "Iraq" + "'" + "s"
            }
            if (attached && onlyHyphens(text, a, b) && t + 1 < n && tokens.start(t + 1) == b) {
                continue; // "ez" + "-" + "Zor"
            }
            int a0 = a;
            while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
                a++;
            }
            int b0 = b;
            while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1)) && text.charAt(b - 1) != '.') {
                b--;
            }
            // possessive: Iraq's, Iraq’s
            if (b - a > 2 && (text.charAt(b - 1) == 's' || text.charAt(b - 1) == 'S')
                    && (text.charAt(b - 2) == '\'' || text.charAt(b - 2) == '\u2019')) {
                b -= 2;
            }
            // a final period belongs to the word only in abbreviations (U.S., W.Va., Ga.)
            boolean periodEnds = false;
            if (b > a && text.charAt(b - 1) == '.') {
                if (!isAbbreviation(text, a, b)) {
                    b--;
                    periodEnds = true;
                }
            }
            while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1)) && text.charAt(b - 1) != '.') {
                b--;
            }
            if (a >= b) {
                if (size > 0 && hasComma(text, a0, b0)) {
                    ca[size - 1] = true;
                }
                pendingBreak = true;
                continue;
            }
            while (sentence < sentences.size() && sentences.get(sentence).end() <= a) {
                sentence++;
            }
            boolean atSentenceStart = sentence < sentences.size() && onlySpaceOrPunct(text,
                    sentences.get(sentence).start(), a);
            s[size] = a;
            e[size] = b;
            // "St. Petersburg", "Mt. Pleasant": a splitter may end a sentence after the abbreviation
            boolean afterNameAbbreviation = size > 0 && isNameAbbreviation(text, s[size - 1], e[size - 1]);
            if (afterNameAbbreviation) {
                atSentenceStart = false;
            }
            br[size] = (pendingBreak || a > a0 || atSentenceStart) && !afterNameAbbreviation;
            ss[size] = atSentenceStart || size == 0;
            ca[size] = b0 > b && hasComma(text, b, b0);
            size++;
            pendingBreak = periodEnds || b0 > b;
        }
        return new Words(Arrays.copyOf(s, size), Arrays.copyOf(e, size), Arrays.copyOf(br, size),
                Arrays.copyOf(ss, size), Arrays.copyOf(ca, size), size);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isPossessive(String text, int a, int b) {
        return b - a == 2 && isApostrophe(text.charAt(a))
                && (text.charAt(a + 1) == 's' || text.charAt(a + 1) == 'S');
    }

    private static boolean onlyHyphens(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            if (text.charAt(i) != '-' && text.charAt(i) != '\u2010' && text.charAt(i) != '\u2011') {
                return false;
            }
        }
        return b > a;
    }

    private static final java.util.Set<String> NAME_ABBREVIATIONS = java.util.Set.of("St", "Mt", "Ft", "Pt", "Ste",
            "Mr", "Mrs", "Ms", "Dr", "Gen", "Gov", "Sen", "Rep", "Rev", "Capt", "Lt", "Col", "Sgt", "Jr", "Sr");

    /** Whether the period ending [a, b) is part of the word: U.S., W.Va., St.; not the full stop after "Ohio.". */
    private static boolean isAbbreviation(String text, int a, int b) {
        for (int i = a; i < b - 1; i++) {
            if (text.charAt(i) == '.') {
                return true; // U.S., W.Va.
            }
        }
        int letters = b - 1 - a;
        if (letters > 4 || !Character.isUpperCase(text.charAt(a))) {
            return false;
        }
        if (NAME_ABBREVIATIONS.contains(text.substring(a, b - 1))
                || (b < text.length() && Character.isLetter(text.charAt(b)))) {
            return true; // St. Louis; U.S split as U . S
        }
        int next = b;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        // "Ga., police said" or "Tenn. officials": the sentence goes on
        return next < text.length() && (Character.isLowerCase(text.charAt(next)) || text.charAt(next) == ','
                || Character.isDigit(text.charAt(next)));
    }

    private static boolean isNameAbbreviation(String text, int a, int b) {
        String w = text.substring(a, b);
        return w.equals("St.") || w.equals("Mt.") || w.equals("Ft.") || w.equals("Pt.") || w.equals("Ste.")
                || (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.');
    }

    private static boolean hasComma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpaceOrPunct(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean capitalised(String text, int i) {
        char c = text.charAt(start[i]);
        return Character.isUpperCase(c);
    }

    String text(String text, int i) {
        return text.substring(start[i], end[i]);
    }

    /** The word without a final abbreviation period, for a second lookup ("Rome." at sentence end kept as is). */
    String lower(String text, int i) {
        return text.substring(start[i], end[i]).toLowerCase(java.util.Locale.ROOT);
    }
}
