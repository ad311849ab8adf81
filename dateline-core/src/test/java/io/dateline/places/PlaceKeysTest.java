package io.dateline.places;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlaceKeysTest {
    @Test
    void foldsCaseDiacriticsAndHyphens() {
        assertEquals("deir ez zor", PlaceKeys.exact("Deir ez-Zor"));
        assertEquals("albu kamal", PlaceKeys.exact("Ālbū Kamāl"));
    }

    @Test
    void apostrophesAndAynMarksVanish() {
        assertEquals("izra", PlaceKeys.exact("Izra‘"));
    }

    @Test
    void keepsAbbreviationPeriodsAndSpellsOutSaint() {
        assertEquals("w.va.", PlaceKeys.exact("W.Va."));
        assertEquals("saint petersburg", PlaceKeys.exact("St. Petersburg"));
    }

    @Test
    void looseKeyJoinsTransliterations() {
        assertEquals(PlaceKeys.loose("Deir ez-Zor"), PlaceKeys.loose("Deir Ezzor"));
        assertEquals(PlaceKeys.loose("Al Mayadin"), PlaceKeys.loose("Mayadeen"));
        assertEquals(PlaceKeys.loose("Al Khafsah"), PlaceKeys.loose("Khafsa"));
    }

    @Test
    void looseKeyRefusesTooShortNames() {
        assertNull(PlaceKeys.loose("Ya"));
    }
}
