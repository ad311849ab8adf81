package io.dateline.ingest.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TitleCleanerTest {
    @Test
    void pipeSuffixIsRemoved() {
        assertEquals("Rebels seize airport", TitleCleaner.clean("Rebels seize airport | The Daily Post", null, null));
    }

    @Test
    void dashSuffixNeedsEvidence() {
        // a dash may belong to the headline itself, so only a known site name or the h1 removes it
        assertEquals("Talks fail - again", TitleCleaner.clean("Talks fail - again", null, null));
        assertEquals("Talks fail", TitleCleaner.clean("Talks fail - Harbour Times", "Harbour Times", null));
        assertEquals("Talks fail", TitleCleaner.clean("Talks fail — World News Now", null, "Talks fail"));
        assertEquals("Talks fail", TitleCleaner.clean("Talks fail - news.example.com", null, null));
    }

    @Test
    void colonInsideHeadlineIsKept() {
        assertEquals("Evening briefing: talks resume", TitleCleaner.clean("Evening briefing: talks resume", null,
                null));
    }

    @Test
    void whitespaceIsNormalised() {
        assertEquals("Storm hits coast", TitleCleaner.clean("  Storm\n  hits coast ", null, null));
    }

    @Test
    void nullAndBlank() {
        assertNull(TitleCleaner.clean(null, null, null));
        assertNull(TitleCleaner.clean("   ", null, null));
    }
}
