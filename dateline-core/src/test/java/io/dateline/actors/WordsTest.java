package io.dateline.actors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsTest {
    private static String[] norms(String text) {
        return Words.normalisePhrase(text);
    }

    @Test
    void apostrophesInsideWordsAreDropped() {
        assertArrayEquals(new String[]{"kataib", "hizballah"}, norms("Kata'ib Hizballah"));
        assertArrayEquals(new String[]{"kataib"}, norms("Kata\u2019ib"));
        assertArrayEquals(new String[]{"hayat"}, norms("Hay\u02bfat"));
    }

    @Test
    void possessiveIsCutOffAndRemembered() {
        Words words = Words.of("Iran's orders and the factions\u2019 stance");
        assertEquals("iran", words.norm(0));
        assertEquals("Iran", "Iran's orders".substring(words.start(0), words.end(0)));
        assertTrue(words.possessive(0));
        assertEquals("factions", words.norm(4));
        assertTrue(words.possessive(4));
        assertFalse(words.possessive(1));
    }

    @Test
    void hyphensSplitWordsAndDiacriticsFold() {
        assertArrayEquals(new String[]{"al", "shabaab"}, norms("al-Shabaab"));
        assertArrayEquals(new String[]{"cartel", "de", "sinaloa"}, norms("C\u00e1rtel de Sinaloa"));
        assertArrayEquals(new String[]{"erdogan"}, norms("Erdo\u011fan"));
    }

    @Test
    void dottedAcronymsJoin() {
        assertArrayEquals(new String[]{"us", "troops"}, norms("U.S. troops"));
        assertArrayEquals(new String[]{"un"}, norms("U.N."));
        Words words = Words.of("the U.S.-led coalition");
        assertEquals("us", words.norm(1));
        assertTrue(words.allUpper(1));
        assertEquals("led", words.norm(2));
    }

    @Test
    void wordsAcrossPunctuationAreNotJoined() {
        Words words = Words.of("Hezbollah, Amal al-Haq");
        assertFalse(words.joined(1));
        assertTrue(words.joined(2));
        assertTrue(words.joined(3));
    }

    @Test
    void singularPossessiveEndsANameButPluralDoesNot() {
        Words plural = Words.of("Kurdistan Workers' Party");
        assertTrue(plural.joined(2));
        Words singular = Words.of("Syria's army");
        assertFalse(singular.joined(1));
    }
}
