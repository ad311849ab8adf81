package io.dateline.places;

import io.dateline.model.Span;
import io.dateline.model.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Words must come out the same whether the tokenizer leaves punctuation attached or splits it off. */
class WordsTest {
    private static Tokens whitespace(String text) {
        return tokens(text, false);
    }

    private static Tokens splitting(String text) {
        return tokens(text, true);
    }

    /** Whitespace tokens, optionally with every non-letter character split off as its own token. */
    private static Tokens tokens(String text, boolean split) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (split && !Character.isLetterOrDigit(text.charAt(i))) {
                spans.add(new int[] {i, ++i});
                continue;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                    && (!split || Character.isLetterOrDigit(text.charAt(i)))) {
                i++;
            }
            spans.add(new int[] {start, i});
        }
        int[] s = spans.stream().mapToInt(x -> x[0]).toArray();
        int[] e = spans.stream().mapToInt(x -> x[1]).toArray();
        return Tokens.of(s, e, s.length);
    }

    private static List<String> words(String text, Tokens tokens) {
        Words w = Words.of(text, tokens, List.of(new Span(0, text.length())));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size; i++) {
            out.add(w.text(text, i));
        }
        return out;
    }

    @Test
    void stripsPunctuationAndPossessives() {
        String text = "Iraq’s envoy left Dublin, Ohio.";
        List<String> expected = List.of("Iraq", "envoy", "left", "Dublin", "Ohio");
        assertEquals(expected, words(text, whitespace(text)));
        assertEquals(expected, words(text, splitting(text)));
    }

    @Test
    void keepsAbbreviationPeriods() {
        String text = "The U.S. team reached St. Petersburg.";
        assertEquals(List.of("The", "U.S.", "team", "reached", "St.", "Petersburg"), words(text, whitespace(text)));
        assertEquals(List.of("The", "U.S.", "team", "reached", "St.", "Petersburg"), words(text, splitting(text)));
    }

    @Test
    void hyphenatedNamesStayTogether() {
        String text = "near Deir ez-Zor today";
        Words w = Words.of(text, splitting(text), List.of(new Span(0, text.length())));
        assertEquals(List.of("near", "Deir", "ez", "Zor", "today"), words(text, splitting(text)));
        assertFalse(w.breakBefore[3], "no break inside ez-Zor");
    }

    @Test
    void commaIsSeenEitherWay() {
        String text = "Dublin , Ohio";
        Words w = Words.of(text, splitting(text), List.of(new Span(0, text.length())));
        assertTrue(w.commaAfter[0]);
        assertTrue(w.breakBefore[1]);
    }
}
