package io.dateline.text;

import io.dateline.model.Span;
import io.dateline.model.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 5 MB lines without spaces, built from one repeated unit. The timeout is no speed target: it only catches
 * quadratic scanning, which would take hours here instead of well under a second.
 */
class HugeInputTest {
    private static final int SIZE = 5_000_000;
    private static final Duration QUADRATIC_GUARD = Duration.ofSeconds(30);

    @ParameterizedTest
    @ValueSource(strings = {"a", "a.", "ab.", "1,", "1.", "a-", "a+", "a@", "a@b", "a@b.", "'s", "a'", "U.S.",
            "http://x", ".", "-", "!", "\u2026", "\u201C", "\uD83D\uDE00", "\u0000", "a\u0301", "#", "@a", "No.",
            "a$", "\u2212", "A&", "Gen.", "1:", "'9"})
    void repeatedUnitScansInLinearTime(String unit) {
        String text = unit.repeat(SIZE / unit.length());
        assertTimeoutPreemptively(QUADRATIC_GUARD, () -> checkCovers(text));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomPunctuationSoupScansInLinearTime(long seed) {
        String alphabet = "aA1.,-'\u2019@#:/&$!?()\"\u201C\u201D\u2014\u2026 \n";
        Random random = new Random(seed);
        StringBuilder builder = new StringBuilder(SIZE);
        for (int i = 0; i < SIZE; i++) {
            builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = builder.toString();
        assertTimeoutPreemptively(QUADRATIC_GUARD, () -> checkCovers(text));
    }

    /** Tokens are ordered, non-empty, and cover every non-separator character; sentences are well formed. */
    private static void checkCovers(String text) {
        Tokens tokens = new NewsTokenizer().tokenize(text);
        int covered = 0;
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            int end = tokens.end(i);
            assertTrue(start >= previousEnd && end > start);
            covered += end - start;
            previousEnd = end;
        }
        long nonSeparators = text.chars().filter(c -> !CharKinds.isSeparator((char) c)).count();
        assertEquals(nonSeparators, covered);
        List<Span> sentences = new NewsSentenceSplitter().split(text, tokens);
        WellFormed.assertSentencesPartitionTokens(tokens, sentences);
    }
}
