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

    private static boolean isAbbreviation(String text, int a, int b) {
        for (int i = a; i < b - 1; i++) {
            if (text.charAt(i) == '.') {
                return true; // U.S., W.Va.
            }
        }
        int letters = b - 1 - a;
        return letters <= 4 && Character.isUpperCase(text.charAt(a));
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
