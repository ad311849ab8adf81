package io.dateline.events;

import io.dateline.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dateline that opens a report: wire style ("BANGUI, Central African Republic (AFP) -", "NAIROBI, July 8
 * (Reuters) -", "QUETTA:") or local-press style ("Beni. -", "Mossoro (RN) -", "Banja Luka, 18 April -", "Cucuta.
 * New combats ..."). Its place is where the report was filed and its date the day it was, neither the event's.
 */
final class WireDateline {
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");
    /** Tokens a dateline may take. */
    private static final int REACH = 12;
    /** Tokens a local-press dateline may take: a town, its region, a day. */
    private static final int LOCAL_REACH = 8;
    /** Characters of a sentence that can be a dateline alone: "Celaya, Guanajuato." */
    private static final int MAX_DATELINE_CHARS = 40;
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december");

    private WireDateline() {
    }

    /** The token index of the mark that closes the article's dateline, or -1 when the words open no dateline. */
    static int end(Words w) {
        if (w.size() < 2 || !opensTheText(w) || w.end(0) - w.start(0) < 3) {
            return -1;
        }
        String first = w.text().substring(w.start(0), w.end(0));
        if (first.equals(first.toUpperCase(Locale.ROOT))) {
            for (int i = 1; i < w.size() && i <= REACH; i++) {
                if (DASHES.contains(w.lower(i)) || w.lower(i).equals(":")) {
                    return i;
                }
            }
            return -1;
        }
        return w.isCapitalised(0) ? localEnd(w) : -1;
    }

    /** Whether only white space stands before the words: a dateline opens the article, not a later sentence. */
    private static boolean opensTheText(Words w) {
        String text = w.text();
        for (int k = 0; k < w.start(0); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false; // stops at the first character of any sentence but the first: no copy of the text
            }
        }
        return true;
    }

    /** "Beni. - At least", "Mogadishu - Somali forces", "Cucuta. New combats": only names, days and marks before. */
    private static int localEnd(Words w) {
        for (int i = 1; i < w.size() && i <= LOCAL_REACH; i++) {
            String x = w.lower(i);
            if (DASHES.contains(x)) {
                return i;
            }
            if (x.equals(".") && i + 1 < w.size()) {
                if (DASHES.contains(w.lower(i + 1))) {
                    return i + 1;
                }
                return w.isCapitalised(i + 1) ? i : -1;
            }
            if (!nameOrDay(w, i)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean nameOrDay(Words w, int i) {
        String x = w.lower(i);
        return w.isCapitalised(i) || Character.isDigit(x.charAt(0)) || x.equals(",") || x.equals("(")
                || x.equals(")") || MONTHS.contains(x);
    }

    /**
     * The sentences with a dateline that stands alone ("Celaya, Guanajuato." then "- An armed commando ...") joined to
     * the sentence it opens, so that the lead is one sentence and its dateline is read as one.
     */
    static List<Span> joined(List<Span> sentences, String text) {
        if (sentences.size() < 2) {
            return sentences;
        }
        Span first = sentences.get(0);
        if (first.end() - first.start() > MAX_DATELINE_CHARS) {
            return sentences;
        }
        Words w = Words.of(text, first.start(), first.end());
        if (w.size() < 2 || !w.lower(w.size() - 1).equals(".") || !onlyNames(w)) {
            return sentences;
        }
        List<Span> out = new ArrayList<>(sentences.size() - 1);
        out.add(new Span(first.start(), sentences.get(1).end()));
        out.addAll(sentences.subList(2, sentences.size()));
        return out;
    }

    private static boolean onlyNames(Words w) {
        if (w.end(0) - w.start(0) < 3 || !w.isCapitalised(0)) {
            return false;
        }
        for (int i = 1; i < w.size() - 1; i++) {
            if (!nameOrDay(w, i)) {
                return false;
            }
        }
        return true;
    }
}
