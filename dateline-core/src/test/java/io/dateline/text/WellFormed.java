package io.dateline.text;

import io.dateline.model.Span;
import io.dateline.model.Tokens;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks shared by the robustness tests. */
final class WellFormed {
    private WellFormed() {
    }

    /** Tokens are ordered and non-empty, and never start or end inside a surrogate pair. */
    static void assertTokensWellFormed(String text, Tokens tokens) {
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            int end = tokens.end(i);
            assertTrue(start >= previousEnd && end > start && end <= text.length(), "token " + i);
            assertTrue(!Character.isLowSurrogate(text.charAt(start)) || !Character.isHighSurrogate(charBefore(text, start)));
            assertTrue(end == text.length() || !Character.isLowSurrogate(text.charAt(end))
                    || !Character.isHighSurrogate(text.charAt(end - 1)));
            previousEnd = end;
        }
    }

    /** Every token is in exactly one sentence; each sentence runs from a token's start to a later token's end. */
    static void assertSentencesPartitionTokens(Tokens tokens, List<Span> sentences) {
        int next = 0;
        for (Span sentence : sentences) {
            assertTrue(next < tokens.size(), "more sentences than tokens");
            assertEquals(tokens.start(next), sentence.start());
            while (next < tokens.size() && tokens.end(next) < sentence.end()) {
                next++;
            }
            assertTrue(next < tokens.size());
            assertEquals(tokens.end(next), sentence.end());
            assertTrue(sentence.length() > 0);
            next++;
        }
        assertEquals(tokens.size(), next);
    }

    private static char charBefore(String text, int i) {
        return i == 0 ? ' ' : text.charAt(i - 1);
    }
}
