package io.dateline.text;

import io.dateline.model.Span;
import io.dateline.model.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

/** Many short random texts over the characters the scanners treat specially: no exception, well-formed output. */
class RandomTextTest {
    private static final String ALPHABET = "aAsStTn1 .,-'\u2019\"\u201C\u201D@#:/&$!?()\u2026\u2014\n\r\t\u0000"
            + "\uD83D\uDE00\uD83C\uDDEE\u200D\uFE0F\u0301\uD800hw";
    private static final NewsTokenizer TOKENIZER = new NewsTokenizer();
    private static final NewsSentenceSplitter SPLITTER = new NewsSentenceSplitter();

    @Test
    void shortRandomTextsAreWellFormed() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, random.nextInt(24));
            Tokens tokens = TOKENIZER.tokenize(text);
            WellFormed.assertTokensWellFormed(text, tokens);
            List<Span> sentences = SPLITTER.split(text, tokens);
            WellFormed.assertSentencesPartitionTokens(tokens, sentences);
        }
    }

    @Test
    void randomTextsWithNewsWordsAreWellFormed() {
        String[] words = {"U.S.", "Gen.", "J.", "a.m.", "No.", "Iran\u2019s", "http://x.org", "a@b.co", "1,000", "--",
            "...", "\u201CWe", "said.\u201D", "The", "\n\n", "\n", "al-Assad", "'90s", "don't", "US$5"};
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder builder = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                builder.append(words[random.nextInt(words.length)]);
                builder.append(random.nextBoolean() ? " " : "");
            }
            String text = builder.toString();
            Tokens tokens = TOKENIZER.tokenize(text);
            WellFormed.assertTokensWellFormed(text, tokens);
            WellFormed.assertSentencesPartitionTokens(tokens, SPLITTER.split(text, tokens));
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder builder = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            builder.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return builder.toString();
    }
}
