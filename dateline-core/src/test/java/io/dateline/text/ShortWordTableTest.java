package io.dateline.text;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortWordTableTest {
    @Test
    void exactTableIsCaseSensitive() {
        ShortWordTable table = new ShortWordTable(Map.of("Gen.", 7), false);
        assertEquals(7, table.get("Gen.", 0, 4));
        assertEquals(ShortWordTable.ABSENT, table.get("GEN.", 0, 4));
    }

    @Test
    void foldedTableIgnoresCase() {
        ShortWordTable table = new ShortWordTable(Map.of("Etc.", 1), true);
        assertTrue(table.contains("ETC."));
        assertTrue(table.contains("etc."));
    }

    @Test
    void probesARangeOfALongerText() {
        ShortWordTable table = new ShortWordTable(Map.of("the", 1), false);
        assertTrue(table.contains("in the town", 3, 6));
        assertFalse(table.contains("in the town", 3, 7));
    }

    @Test
    void rangeLongerThanAnyKeyIsAbsentAtOnce() {
        ShortWordTable table = new ShortWordTable(Map.of("a", 1), false);
        assertFalse(table.contains("aaaaaaaa"));
    }

    @Test
    void emptyRangeIsAbsent() {
        ShortWordTable table = new ShortWordTable(Map.of("a", 1), false);
        assertFalse(table.contains("a", 0, 0));
    }

    @Test
    void manyKeysWithCollisionsAreAllFound() {
        java.util.Map<String, Integer> keys = new java.util.HashMap<>();
        for (int i = 0; i < 500; i++) {
            keys.put("w" + i, i);
        }
        ShortWordTable table = new ShortWordTable(keys, false);
        for (int i = 0; i < 500; i++) {
            assertEquals(i, table.get("w" + i, 0, ("w" + i).length()));
        }
    }
}
