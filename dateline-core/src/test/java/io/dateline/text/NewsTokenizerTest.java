package io.dateline.text;

import io.dateline.model.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewsTokenizerTest {
    private static final NewsTokenizer TOKENIZER = new NewsTokenizer();

    static List<String> tokens(String text) {
        Tokens tokens = TOKENIZER.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.text(text, i));
        }
        return out;
    }

    @Test
    void splitsWordsAndFinalStop() {
        assertEquals(List.of("Troops", "entered", "the", "town", "."), tokens("Troops entered the town."));
    }

    @Test
    void offsetsPointIntoTheText() {
        Tokens t = TOKENIZER.tokenize("  Hi, all");
        assertEquals(3, t.size());
        assertEquals(2, t.start(0));
        assertEquals(4, t.end(0));
        assertEquals(4, t.start(1));
        assertEquals(5, t.end(1));
        assertEquals(6, t.start(2));
        assertEquals(9, t.end(2));
    }

    @Test
    void emptyTextHasNoTokens() {
        assertEquals(0, TOKENIZER.tokenize("").size());
    }

    @Test
    void whitespaceOnlyHasNoTokens() {
        assertEquals(0, TOKENIZER.tokenize(" \t\r\n\u00A0\u2003\u2028 ").size());
    }

    @Test
    void commaAndSemicolonAreTokens() {
        assertEquals(List.of("Mosul", ",", "Kirkuk", ";", "Basra"), tokens("Mosul, Kirkuk; Basra"));
    }

    @Test
    void titleAbbreviationKeepsItsPeriod() {
        assertEquals(List.of("Gen.", "Smith", "said"), tokens("Gen. Smith said"));
    }

    @Test
    void multiWordRankIsOneTokenPerAbbreviation() {
        assertEquals(List.of("Lt.", "Col.", "Ahmed"), tokens("Lt. Col. Ahmed"));
    }

    @Test
    void civilTitles() {
        assertEquals(List.of("Mr.", "Dr.", "Mrs.", "Prof."), tokens("Mr. Dr. Mrs. Prof."));
    }

    @Test
    void monthAbbreviation() {
        assertEquals(List.of("Jan.", "5", ",", "2024"), tokens("Jan. 5, 2024"));
    }

    @Test
    void dottedAcronym() {
        assertEquals(List.of("U.S.", "forces"), tokens("U.S. forces"));
    }

    @Test
    void dottedAcronymAtSentenceEndKeepsOnePeriod() {
        assertEquals(List.of("in", "the", "U.S.", "Officials"), tokens("in the U.S. Officials"));
    }

    @Test
    void longerDottedAcronyms() {
        assertEquals(List.of("U.S.A.", "U.N.", "D.C."), tokens("U.S.A. U.N. D.C."));
    }

    @Test
    void timesOfDay() {
        assertEquals(List.of("10", "a.m.", "and", "3", "p.m."), tokens("10 a.m. and 3 p.m."));
    }

    @Test
    void lowercaseLatinAbbreviations() {
        assertEquals(List.of("e.g.", ",", "i.e.", ",", "etc.", "vs."), tokens("e.g., i.e., etc. vs."));
    }

    @Test
    void capitalisedLowercaseEntryStillMatches() {
        assertEquals(List.of("Etc.", "ETC."), tokens("Etc. ETC."));
    }

    @Test
    void titleInCapitals() {
        assertEquals(List.of("GEN.", "SMITH"), tokens("GEN. SMITH"));
    }

    @Test
    void abbreviationWithInnerPeriod() {
        assertEquals(List.of("a", "Ph.D.", "student"), tokens("a Ph.D. student"));
    }

    @Test
    void acronymWithHyphenatedSuffix() {
        assertEquals(List.of("U.S.-led", "coalition"), tokens("U.S.-led coalition"));
    }

    @Test
    void unknownWordLeavesThePeriod() {
        assertEquals(List.of("in", "Baghdad", "."), tokens("in Baghdad."));
    }

    @Test
    void titleWithoutSpaceBeforeName() {
        assertEquals(List.of("Mr.", "Smith"), tokens("Mr.Smith"));
    }

    @Test
    void missingSpaceAfterStopBeforeCapital() {
        assertEquals(List.of("killed", ".", "The"), tokens("killed.The"));
    }

    @Test
    void initialsKeepTheirPeriod() {
        assertEquals(List.of("J.", "R.", "Smith"), tokens("J. R. Smith"));
    }

    @Test
    void joinedInitials() {
        assertEquals(List.of("J.R.", "Smith"), tokens("J.R. Smith"));
    }

    @Test
    void lowercaseSingleLetterDoesNotKeepPeriod() {
        assertEquals(List.of("option", "b", "."), tokens("option b."));
    }

    @Test
    void numberAbbreviationOnlyBeforeNumber() {
        assertEquals(List.of("No.", "10", "Downing"), tokens("No. 10 Downing"));
        assertEquals(List.of("said", "No", "."), tokens("said No."));
    }

    @Test
    void numberAbbreviationWithoutSpace() {
        assertEquals(List.of("No.", "5"), tokens("No.5"));
    }

    @Test
    void stateAbbreviation() {
        assertEquals(List.of("Austin", ",", "Tex.", ","), tokens("Austin, Tex.,"));
    }

    @Test
    void companySuffix() {
        assertEquals(List.of("Acme", "Corp.", "and", "Foo", "Inc."), tokens("Acme Corp. and Foo Inc."));
    }

    @Test
    void possessiveCurlyApostropheSplitsLikePtb() {
        assertEquals(List.of("Iran", "\u2019s", "army"), tokens("Iran\u2019s army"));
    }

    @Test
    void possessiveStraightApostropheSplits() {
        assertEquals(List.of("Iran", "'s", "army"), tokens("Iran's army"));
    }

    @Test
    void negationCliticSplitsLikePtb() {
        assertEquals(List.of("do", "n't", "ca", "n\u2019t"), tokens("don't can\u2019t"));
    }

    @Test
    void otherClitics() {
        assertEquals(List.of("they", "'re", "we", "'ve", "it", "'ll", "I", "'m", "she", "'d"),
                tokens("they're we've it'll I'm she'd"));
    }

    @Test
    void apostropheInsideNamesStays() {
        assertEquals(List.of("O'Brien", "Qur\u2019an", "Sana'a", "Sa'd", "Ba'ath"),
                tokens("O'Brien Qur\u2019an Sana'a Sa'd Ba'ath"));
    }

    @Test
    void pluralPossessiveApostropheIsItsOwnToken() {
        assertEquals(List.of("soldiers", "\u2019", "families"), tokens("soldiers\u2019 families"));
    }

    @Test
    void possessiveOfHyphenatedName() {
        assertEquals(List.of("al-Assad", "\u2019s", "forces"), tokens("al-Assad\u2019s forces"));
    }

    @Test
    void decadeWithApostrophe() {
        assertEquals(List.of("the", "'90s", "and", "\u201990s"), tokens("the '90s and \u201990s"));
    }

    @Test
    void curlyDoubleQuotesAreSeparate() {
        assertEquals(List.of("\u201C", "We", "will", "\u201D"), tokens("\u201CWe will\u201D"));
    }

    @Test
    void curlySingleQuotesAreSeparate() {
        assertEquals(List.of("\u2018", "terror", "\u2019"), tokens("\u2018terror\u2019"));
    }

    @Test
    void guillemetsAreSeparate() {
        assertEquals(List.of("\u00AB", "Non", "\u00BB"), tokens("\u00ABNon\u00BB"));
    }

    @Test
    void straightQuotesAreSeparate() {
        assertEquals(List.of("\"", "Yes", ",", "\"", "he", "said"), tokens("\"Yes,\" he said"));
    }

    @Test
    void enAndEmDashesAreSeparate() {
        assertEquals(List.of("Mosul", "\u2013", "Erbil", "\u2014", "road"), tokens("Mosul\u2013Erbil\u2014road"));
    }

    @Test
    void doubleHyphenIsOneDash() {
        assertEquals(List.of("town", "--", "now"), tokens("town--now"));
    }

    @Test
    void spacedHyphenIsItsOwnToken() {
        assertEquals(List.of("BAGHDAD", "-", "Iraqi"), tokens("BAGHDAD - Iraqi"));
    }

    @Test
    void arabicNamesWithArticleStayWhole() {
        assertEquals(List.of("al-Assad", "Al-Sudani", "Deir", "ez-Zor"), tokens("al-Assad Al-Sudani Deir ez-Zor"));
    }

    @Test
    void hyphenatedAge() {
        assertEquals(List.of("an", "18-year-old", "man"), tokens("an 18-year-old man"));
    }

    @Test
    void isoDate() {
        assertEquals(List.of("on", "2024-12-02", "."), tokens("on 2024-12-02."));
    }

    @Test
    void thousandsSeparator() {
        assertEquals(List.of("1,000", "people", "and", "2,500,000"), tokens("1,000 people and 2,500,000"));
    }

    @Test
    void commaBetweenNumbersThatIsNotAGroup() {
        assertEquals(List.of("2023", ",", "2024"), tokens("2023,2024"));
    }

    @Test
    void decimalNumber() {
        assertEquals(List.of("3.5", "million"), tokens("3.5 million"));
    }

    @Test
    void numberThenFullStop() {
        assertEquals(List.of("in", "2024", "."), tokens("in 2024."));
    }

    @Test
    void leadingDecimalPoint() {
        assertEquals(List.of(".5", "mm"), tokens(".5 mm"));
    }

    @Test
    void clockTime() {
        assertEquals(List.of("at", "10:30", "GMT"), tokens("at 10:30 GMT"));
    }

    @Test
    void slashDate() {
        assertEquals(List.of("12/02/2024", "24/7"), tokens("12/02/2024 24/7"));
    }

    @Test
    void wordsAroundSlashSplit() {
        assertEquals(List.of("and", "/", "or"), tokens("and/or"));
    }

    @Test
    void negativeNumber() {
        assertEquals(List.of("fell", "to", "-5", "C"), tokens("fell to -5 C"));
        assertEquals(List.of("fell", "to", "\u22125"), tokens("fell to \u22125"));
    }

    @Test
    void numberRangeWithHyphenIsOneToken() {
        assertEquals(List.of("2014-2017"), tokens("2014-2017"));
    }

    @Test
    void alphanumericCodes() {
        assertEquals(List.of("F-16", "COVID-19", "MH17", "5.3bn", "3rd"), tokens("F-16 COVID-19 MH17 5.3bn 3rd"));
    }

    @Test
    void percentIsSeparate() {
        assertEquals(List.of("rose", "3.5", "%"), tokens("rose 3.5%"));
    }

    @Test
    void currencySymbolsAreSeparate() {
        assertEquals(List.of("$", "5", "million", "\u20AC", "3bn", "\u00A3", "1.5m"), tokens("$5 million \u20AC3bn \u00A31.5m"));
    }

    @Test
    void currencyPrefixOfCapitalsStaysWithDollar() {
        assertEquals(List.of("US$", "20", "HK$", "3"), tokens("US$20 HK$3"));
    }

    @Test
    void ampersandInCompanyName() {
        assertEquals(List.of("AT&T", "and", "S&P"), tokens("AT&T and S&P"));
        assertEquals(List.of("war", "&", "peace"), tokens("war & peace"));
    }

    @Test
    void urlIsOneTokenWithoutFinalPunctuation() {
        assertEquals(List.of("see", "https://example.org/a/b?x=1&y=2", "."), tokens("see https://example.org/a/b?x=1&y=2."));
    }

    @Test
    void urlInParenthesesLeavesTheClosingParenthesis() {
        assertEquals(List.of("(", "http://example.org/x", ")"), tokens("(http://example.org/x)"));
    }

    @Test
    void urlKeepsBalancedParentheses() {
        assertEquals(List.of("https://en.example.org/wiki/Foo_(bar)"), tokens("https://en.example.org/wiki/Foo_(bar)"));
    }

    @Test
    void wwwUrl() {
        assertEquals(List.of("at", "www.example.com/news", ","), tokens("at www.example.com/news,"));
    }

    @Test
    void bareDomainIsOneToken() {
        assertEquals(List.of("told", "example.com", "."), tokens("told example.com."));
    }

    @Test
    void email() {
        assertEquals(List.of("write", "to", "press.office@example.org", "."), tokens("write to press.office@example.org."));
    }

    @Test
    void atSignWithoutDomainIsNotEmail() {
        assertEquals(List.of("meet", "@", "home"), tokens("meet @ home"));
    }

    @Test
    void hashtagAndHandle() {
        assertEquals(List.of("#Iraq", "via", "@news_desk", ":"), tokens("#Iraq via @news_desk:"));
    }

    @Test
    void threeDotsAreOneEllipsis() {
        assertEquals(List.of("and", "then", "...", "nothing"), tokens("and then... nothing"));
    }

    @Test
    void unicodeEllipsisIsOneToken() {
        assertEquals(List.of("wait", "\u2026", "now"), tokens("wait\u2026 now"));
    }

    @Test
    void abbreviationBeforeEllipsisLeavesTheDots() {
        assertEquals(List.of("etc", "..."), tokens("etc..."));
    }

    @Test
    void exclamationAndQuestionRuns() {
        assertEquals(List.of("What", "?!", "No", "!!!"), tokens("What?! No!!!"));
    }

    @Test
    void bracketsAreSeparate() {
        assertEquals(List.of("(", "Reuters", ")", "[", "1", "]"), tokens("(Reuters) [1]"));
    }

    @Test
    void controlCharactersSeparateTokens() {
        assertEquals(List.of("a", "b", "c", "d"), tokens("a\u0000b\u0007c\u0085d"));
    }

    @Test
    void invisibleBreaksSeparateTokens() {
        assertEquals(List.of("Hello", "world", "x"), tokens("\uFEFFHello\u200Bworld\u2060x"));
    }

    @Test
    void emojiIsOneToken() {
        assertEquals(List.of("Great", "\uD83D\uDE00", "news"), tokens("Great\uD83D\uDE00news"));
    }

    @Test
    void emojiWithSkinToneIsOneToken() {
        assertEquals(List.of("\uD83D\uDC4D\uD83C\uDFFD", "ok"), tokens("\uD83D\uDC4D\uD83C\uDFFD ok"));
    }

    @Test
    void zwjFamilyIsOneToken() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(List.of(family), tokens(family));
    }

    @Test
    void flagIsOneTokenAndFlagsPairUp() {
        String iraq = "\uD83C\uDDEE\uD83C\uDDF6";
        String syria = "\uD83C\uDDF8\uD83C\uDDFE";
        assertEquals(List.of(iraq, syria), tokens(iraq + syria));
    }

    @Test
    void heartWithVariationSelector() {
        assertEquals(List.of("\u2764\uFE0F", "you"), tokens("\u2764\uFE0F you"));
    }

    @Test
    void supplementaryLettersStayInWords() {
        String bold = "\uD835\uDC00\uD835\uDC01";
        assertEquals(List.of(bold, "x"), tokens(bold + " x"));
    }

    @Test
    void loneSurrogateIsOneCharToken() {
        assertEquals(List.of("a", "\uD800", "b"), tokens("a\uD800b"));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "x\uD83D\uDE00\uD83D\uDE01.";
        Tokens t = TOKENIZER.tokenize(text);
        for (int i = 0; i < t.size(); i++) {
            assertEquals(false, Character.isLowSurrogate(text.charAt(t.start(i))));
            assertEquals(false, Character.isHighSurrogate(text.charAt(t.end(i) - 1)));
        }
    }

    @Test
    void arabicScriptWord() {
        assertEquals(List.of("\u0628\u063A\u062F\u0627\u062F", "."), tokens("\u0628\u063A\u062F\u0627\u062F."));
    }

    @Test
    void combiningAccentStaysInWord() {
        assertEquals(List.of("Cafe\u0301", "open"), tokens("Cafe\u0301 open"));
    }

    @Test
    void nonBreakingSpaceSeparates() {
        assertEquals(List.of("10", "km"), tokens("10\u00A0km"));
    }

    @Test
    void softHyphenStaysInWord() {
        assertEquals(List.of("govern\u00ADment"), tokens("govern\u00ADment"));
    }

    @Test
    void datelineOpening() {
        assertEquals(List.of("BAGHDAD", ",", "Dec", "2", "(", "Reuters", ")", "-"), tokens("BAGHDAD, Dec 2 (Reuters) -"));
    }

    @Test
    void partyAndStateAfterHyphen() {
        assertEquals(List.of("D-N.Y.", ",", "R-W.", "Va."), tokens("D-N.Y., R-W. Va."));
    }

    @Test
    void hyphenatedWordBeforeStopLeavesThePeriod() {
        assertEquals(List.of("an", "18-year-old", "."), tokens("an 18-year-old."));
    }

    @Test
    void extensionBeforeNumber() {
        assertEquals(List.of("ext.", "6012"), tokens("ext. 6012"));
    }

    @Test
    void possessiveAfterAcronym() {
        assertEquals(List.of("the", "U.S.", "\u2019s", "role"), tokens("the U.S.\u2019s role"));
    }

    @Test
    void quotedLetterSIsNotAClitic() {
        assertEquals(List.of("'", "s", "'"), tokens("'s'"));
    }
}
