package io.dateline.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dateline.text.Abbreviations.Kind.BEFORE_NUMBER;
import static io.dateline.text.Abbreviations.Kind.NONE;
import static io.dateline.text.Abbreviations.Kind.ORDINARY;
import static io.dateline.text.Abbreviations.Kind.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbbreviationsTest {
    private static final Abbreviations STANDARD = Abbreviations.standard();

    private static Abbreviations.Kind kind(String word) {
        return STANDARD.kind(word, 0, word.length());
    }

    @Test
    void standardLexiconIsLoadedOnce() {
        assertSame(Abbreviations.standard(), Abbreviations.standard());
    }

    @Test
    void titles() {
        assertEquals(TITLE, kind("Gen."));
        assertEquals(TITLE, kind("Lt."));
        assertEquals(TITLE, kind("Mr."));
    }

    @Test
    void ordinary() {
        assertEquals(ORDINARY, kind("Jan."));
        assertEquals(ORDINARY, kind("Inc."));
        assertEquals(ORDINARY, kind("etc."));
    }

    @Test
    void beforeNumber() {
        assertEquals(BEFORE_NUMBER, kind("No."));
    }

    @Test
    void lowercaseEntryMatchesAnyCase() {
        assertEquals(ORDINARY, kind("ETC."));
        assertEquals(ORDINARY, kind("Etc."));
    }

    @Test
    void capitalisedEntryMatchesAsWrittenOrInCapitals() {
        assertEquals(TITLE, kind("GEN."));
        assertEquals(NONE, kind("gen."));
    }

    @Test
    void wordsWithoutPeriodAreNotAbbreviations() {
        assertEquals(NONE, kind("Gen"));
        assertEquals(NONE, kind("Baghdad."));
    }

    @Test
    void rangeInsideLongerText() {
        String text = "with Gen. Smith";
        assertEquals(TITLE, STANDARD.kind(text, 5, 9));
        assertEquals(NONE, STANDARD.kind(text, 5, 8));
    }

    @Test
    void dottedPrefixOfInnerPeriodEntry() {
        assertTrue(STANDARD.isDottedPrefix("Ph.", 0, 3));
        assertFalse(STANDARD.isDottedPrefix("Gen.", 0, 4));
    }

    @Test
    void customLexiconWithTags() {
        Abbreviations custom = new Abbreviations(List.of("Brig. title", "Cpt.", "Nr. number"));
        assertEquals(TITLE, custom.kind("Brig.", 0, 5));
        assertEquals(ORDINARY, custom.kind("Cpt.", 0, 4));
        assertEquals(BEFORE_NUMBER, custom.kind("Nr.", 0, 3));
    }

    @Test
    void entryWithoutPeriodIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Abbreviations(List.of("Gen")));
    }

    @Test
    void unknownTagIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Abbreviations(List.of("Gen. rank")));
    }
}
