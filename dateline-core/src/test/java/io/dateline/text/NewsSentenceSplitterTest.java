package io.dateline.text;

import io.dateline.model.Span;
import io.dateline.model.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsSentenceSplitterTest {
    private static final NewsTokenizer TOKENIZER = new NewsTokenizer();
    private static final NewsSentenceSplitter SPLITTER = new NewsSentenceSplitter();

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Span span : spans(text)) {
            out.add(span.of(text));
        }
        return out;
    }

    static List<Span> spans(String text) {
        return SPLITTER.split(text, TOKENIZER.tokenize(text));
    }

    @Test
    void twoPlainSentences() {
        assertEquals(List.of("Troops left.", "Calm returned."), sentences("Troops left. Calm returned."));
    }

    @Test
    void lastSentenceWithoutStop() {
        assertEquals(List.of("Troops left.", "Calm returned"), sentences("Troops left. Calm returned"));
    }

    @Test
    void exclamationAndQuestion() {
        assertEquals(List.of("Stop!", "Why?", "Now."), sentences("Stop! Why? Now."));
    }

    @Test
    void ellipsisBeforeCapitalEndsSentence() {
        assertEquals(List.of("He waited\u2026", "Then he left."), sentences("He waited\u2026 Then he left."));
    }

    @Test
    void ellipsisBeforeLowercaseDoesNot() {
        assertEquals(List.of("He waited ... and left."), sentences("He waited ... and left."));
    }

    @Test
    void closingQuoteStaysWithTheStop() {
        assertEquals(List.of("He said: \u201CWe will return.\u201D", "Then he left."),
                sentences("He said: \u201CWe will return.\u201D Then he left."));
    }

    @Test
    void closingStraightQuoteAndParenthesis() {
        assertEquals(List.of("(He left.)", "\"Go.\"", "Done."), sentences("(He left.) \"Go.\" Done."));
    }

    @Test
    void questionInQuoteFollowedByLowercaseContinues() {
        assertEquals(List.of("\u201CWhy?\u201D she asked."), sentences("\u201CWhy?\u201D she asked."));
    }

    @Test
    void exclamationBeforeCommaContinues() {
        assertEquals(List.of("\"Stop!\", he shouted."), sentences("\"Stop!\", he shouted."));
    }

    @Test
    void stopAfterQuestionDoesNotMakeAnEmptySentence() {
        assertEquals(List.of("Is it \u201Cover?\u201D.", "Yes."), sentences("Is it \u201Cover?\u201D. Yes."));
    }

    @Test
    void titleBeforeNameDoesNotEnd() {
        assertEquals(List.of("Gen. Smith arrived."), sentences("Gen. Smith arrived."));
    }

    @Test
    void titleNeverEndsEvenBeforeStarterWord() {
        assertEquals(List.of("Rev. The Smith spoke."), sentences("Rev. The Smith spoke."));
    }

    @Test
    void rankSequenceDoesNotEnd() {
        assertEquals(List.of("Lt. Col. Ahmed and Maj. Gen. Ali met."), sentences("Lt. Col. Ahmed and Maj. Gen. Ali met."));
    }

    @Test
    void acronymBeforeNameLikeWordDoesNotEnd() {
        assertEquals(List.of("The U.S. Army said U.S. forces left."), sentences("The U.S. Army said U.S. forces left."));
    }

    @Test
    void acronymAtSentenceEndBeforeStarterWordEnds() {
        assertEquals(List.of("Troops returned to the U.S.", "The move was expected."),
                sentences("Troops returned to the U.S. The move was expected."));
    }

    @Test
    void acronymAtSentenceEndBeforePronounEnds() {
        assertEquals(List.of("He lives in the U.S.", "He left."), sentences("He lives in the U.S. He left."));
    }

    @Test
    void acronymBeforeOpeningQuoteEnds() {
        assertEquals(List.of("He flew to the U.S.", "\u201CWe agreed,\u201D he said."),
                sentences("He flew to the U.S. \u201CWe agreed,\u201D he said."));
    }

    @Test
    void acronymAtEndOfText() {
        assertEquals(List.of("They flew to the U.S."), sentences("They flew to the U.S."));
    }

    @Test
    void timeAbbreviationBeforeStarterWordEnds() {
        assertEquals(List.of("It began at 9 p.m.", "The curfew followed."), sentences("It began at 9 p.m. The curfew followed."));
    }

    @Test
    void timeAbbreviationBeforeDayDoesNotEnd() {
        assertEquals(List.of("At 9 a.m. Monday troops moved."), sentences("At 9 a.m. Monday troops moved."));
    }

    @Test
    void initialsDoNotEnd() {
        assertEquals(List.of("J. R. Smith and J. A. Doe spoke."), sentences("J. R. Smith and J. A. Doe spoke."));
    }

    @Test
    void initialBeforeStarterWordEnds() {
        assertEquals(List.of("They chose Plan B.", "The talks failed."), sentences("They chose Plan B. The talks failed."));
    }

    @Test
    void monthAbbreviationBeforeNumberDoesNotEnd() {
        assertEquals(List.of("On Jan. 5 talks began."), sentences("On Jan. 5 talks began."));
    }

    @Test
    void companySuffixBeforeStarterEnds() {
        assertEquals(List.of("He works for Acme Inc.", "But he quit."), sentences("He works for Acme Inc. But he quit."));
    }

    @Test
    void latinAbbreviationMidSentence() {
        assertEquals(List.of("Cities, e.g. Mosul and Basra, voted."), sentences("Cities, e.g. Mosul and Basra, voted."));
    }

    @Test
    void unknownAbbreviationBeforeLowercaseContinues() {
        assertEquals(List.of("It cost approx. five dollars, abt. ten."), sentences("It cost approx. five dollars, abt. ten."));
    }

    @Test
    void numberAfterStopStartsSentence() {
        assertEquals(List.of("It ended in 2023.", "2024 was calm."), sentences("It ended in 2023. 2024 was calm."));
    }

    @Test
    void numberedListItemIsNotASentence() {
        assertEquals(List.of("1. Troops withdraw.", "2. Talks resume."), sentences("1. Troops withdraw.\n2. Talks resume."));
    }

    @Test
    void blankLineAlwaysEnds() {
        assertEquals(List.of("Talks resume in", "Baghdad today"), sentences("Talks resume in\n\nBaghdad today"));
    }

    @Test
    void blankLineWithSpacesEnds() {
        assertEquals(List.of("the first part", "the second"), sentences("the first part\n   \t\n the second"));
    }

    @Test
    void blankLineEndsEvenAfterTitle() {
        assertEquals(List.of("Gen.", "Smith"), sentences("Gen.\n\nSmith"));
    }

    @Test
    void crlfBlankLineEnds() {
        assertEquals(List.of("Headline here", "Body text."), sentences("Headline here\r\n\r\nBody text."));
    }

    @Test
    void paragraphSeparatorEnds() {
        assertEquals(List.of("one", "two"), sentences("one\u2029two"));
    }

    @Test
    void headlineLineEndsAtSingleNewline() {
        assertEquals(List.of("Iraq Holds Talks With Syria", "BAGHDAD (Reuters) - Officials met on Monday."),
                sentences("Iraq Holds Talks With Syria\nBAGHDAD (Reuters) - Officials met on Monday."));
    }

    @Test
    void lineContinuedInLowercaseDoesNotEnd() {
        assertEquals(List.of("Officials met on\nMonday and\nagreed."), sentences("Officials met on\nMonday and\nagreed."));
    }

    @Test
    void lineEndingWithCommaDoesNotEnd() {
        assertEquals(List.of("Mosul,\nKirkuk and Erbil voted."), sentences("Mosul,\nKirkuk and Erbil voted."));
    }

    @Test
    void lineEndingWithFunctionWordDoesNotEnd() {
        assertEquals(List.of("Talks on the\nBaghdad deal resumed."), sentences("Talks on the\nBaghdad deal resumed."));
    }

    @Test
    void bulletLinesEnd() {
        assertEquals(List.of("Key points", "\u2022 Troops withdraw", "\u2022 Talks resume"),
                sentences("Key points\n\u2022 Troops withdraw\n\u2022 Talks resume"));
    }

    @Test
    void hardWrappedProseKeepsFullLinesTogether() {
        String text = "Iraqi officials said on Monday that talks with the\n"
                + "neighbours would resume next week after a pause\n"
                + "that lasted most of the year, and that Prime Minister\n"
                + "Ali Hassan would attend.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void hardWrappedProseStillEndsAtShortHeadline() {
        String text = "Talks Resume\n"
                + "Iraqi officials said on Monday that talks with the\n"
                + "neighbours would resume next week after a pause\n"
                + "that lasted most of the year, officials said.";
        assertEquals(2, sentences(text).size());
        assertEquals("Talks Resume", sentences(text).get(0));
    }

    @Test
    void stopFollowedByNewlineEnds() {
        assertEquals(List.of("Troops left.", "Calm returned."), sentences("Troops left.\nCalm returned."));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), spans(""));
    }

    @Test
    void whitespaceOnlyHasNoSentences() {
        assertEquals(List.of(), spans(" \n\n\t \u00A0 "));
    }

    @Test
    void onlyPunctuationIsOneSentence() {
        assertEquals(List.of("..."), sentences("  ...  "));
    }

    @Test
    void spansRunFromFirstTokenStartToLastTokenEnd() {
        List<Span> spans = spans("  Troops left.   Calm returned.  ");
        assertEquals(List.of(new Span(2, 14), new Span(17, 31)), spans);
    }

    @Test
    void neverEmptyAndInOrder() {
        String text = "A. B. . ! ? ... \u2026 \n\n \u201C\u201D . U.S. Gen. The! ?";
        int previousEnd = 0;
        for (Span span : spans(text)) {
            assertTrue(span.length() > 0);
            assertTrue(span.start() >= previousEnd);
            assertTrue(!Character.isWhitespace(text.charAt(span.start())));
            assertTrue(!Character.isWhitespace(text.charAt(span.end() - 1)));
            previousEnd = span.end();
        }
    }

    @Test
    void emojiAndControlCharactersInsideSentences() {
        assertEquals(List.of("Great \uD83D\uDE00 news!", "Calm\u0000 now."), sentences("Great \uD83D\uDE00 news! Calm\u0000 now."));
    }

    @Test
    void splitterAcceptsAnyTokens() {
        String text = "ab cd";
        Tokens tokens = Tokens.of(new int[] {0, 3}, new int[] {2, 5}, 2);
        assertEquals(List.of(new Span(0, 5)), SPLITTER.split(text, tokens));
    }

    @Test
    void quotedNicknameAfterInitialDoesNotEnd() {
        assertEquals(List.of("Ann and T.J. \"Buzz\" Hill came."), sentences("Ann and T.J. \"Buzz\" Hill came."));
    }

    @Test
    void stateAbbreviationBeforeAgencyInBracketsDoesNotEnd() {
        assertEquals(List.of("DOVER, Del. (AP) \u2014 Rain fell."), sentences("DOVER, Del. (AP) \u2014 Rain fell."));
    }

    @Test
    void detachedClosingQuoteBeforeLowercaseContinues() {
        assertEquals(List.of("\"Go where?' \" she asked.", "Then left."), sentences("\"Go where?' \" she asked. Then left."));
    }

    @Test
    void partyStateAbbreviationDoesNotEnd() {
        assertEquals(List.of("Sen. Ann Lee, D-W. Va., spoke."), sentences("Sen. Ann Lee, D-W. Va., spoke."));
    }

    @Test
    void phoneExtensionDoesNotEnd() {
        assertEquals(List.of("Call 555-0100, ext. 6012."), sentences("Call 555-0100, ext. 6012."));
    }

    @Test
    void runOnTextWithoutStopsIsCutAtACommaAfterLongSentenceTokens() {
        String text = "word ".repeat(200) + ", rest of it goes on";
        List<String> parts = sentences(text);
        assertEquals(2, parts.size(), parts.toString());
        assertTrue(parts.get(0).endsWith(","));
        assertEquals("rest of it goes on", parts.get(1));
    }

    @Test
    void runWithoutAnyBreakIsCutAtTheHardLimit() {
        List<String> parts = sentences("word ".repeat(1000));
        assertEquals(4, parts.size(), parts.toString());
        assertTrue(parts.stream().allMatch(p -> p.split(" ").length <= 300));
    }

    @Test
    void ordinaryLongSentenceStaysWhole() {
        String text = "The ministry said that " + "troops, police and volunteers ".repeat(20) + "were deployed.";
        assertEquals(1, sentences(text).size());
    }
}
