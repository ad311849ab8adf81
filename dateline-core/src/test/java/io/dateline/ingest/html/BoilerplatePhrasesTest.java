package io.dateline.ingest.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplatePhrasesTest {
    @Test
    void shortPromptsAndDateLines() {
        assertTrue(BoilerplatePhrases.matches("Advertisement"));
        assertTrue(BoilerplatePhrases.matches("Story continues below advertisement"));
        assertTrue(BoilerplatePhrases.matches("Read more: Ten things to know"));
        assertTrue(BoilerplatePhrases.matches("Photo: Agency staff"));
        assertTrue(BoilerplatePhrases.matches("Posted June 3, 2021"));
        assertTrue(BoilerplatePhrases.matches("Updated: 14:05 GMT"));
        assertTrue(BoilerplatePhrases.matches("5 min read"));
    }

    @Test
    void sentencesStartingAlikeAreKept() {
        assertFalse(BoilerplatePhrases.matches("Subscribers to the service lost access on Monday."));
        assertFalse(BoilerplatePhrases.matches("Published reports said the army had withdrawn."));
        assertFalse(BoilerplatePhrases.matches("Advertisements for the rally appeared on 3 buses."));
        assertFalse(BoilerplatePhrases.matches("Read more: " + "x".repeat(100)));
    }
}
