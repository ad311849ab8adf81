package io.dateline.actors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorKnowledgeBaseTest {
    private final ActorKnowledgeBase kb = ActorKnowledgeBase.standard();

    @Test
    void loadsOnceAndHasSubstance() {
        assertSame(kb, ActorKnowledgeBase.standard());
        assertTrue(kb.namedEntries() >= 400, "named entries: " + kb.namedEntries());
        assertTrue(kb.namedAliases() >= 1500, "aliases: " + kb.namedAliases());
        assertTrue(kb.countries() >= 190, "countries: " + kb.countries());
        assertTrue(kb.genericPhrases() >= 300, "generic phrases: " + kb.genericPhrases());
    }

    @Test
    void countryCodesAndNames() {
        assertEquals("Syria", kb.countryName("SY"));
        assertEquals("IQ", kb.iso2("IRQ"));
        assertEquals("JP", kb.iso2("JAP"));
        assertEquals("RS", kb.iso2("srb"));
        assertNull(kb.iso2("XXX"));
        assertNull(kb.countryName(null));
    }

    @Test
    void everyKindInTheLexiconsIsAContractKind() {
        // loading would have thrown otherwise; the check itself must reject typos
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ActorKind.checked("millitia"));
    }

    @Test
    void noAliasIsClaimedByTwoNamedActors() {
        java.util.List<String> clashes = kb.trie().conflicts().stream()
                .filter(c -> !c.contains("{C}") && !c.contains("Government of")).toList();
        assertTrue(clashes.isEmpty(), clashes.toString());
    }

    @Test
    void keyWordsDropArabicArticles() {
        assertEquals(java.util.List.of("asaib", "ahl", "haq"),
                java.util.List.of(ActorKnowledgeBase.keyWords("Asaib Ahl al-Haq")));
        assertEquals(java.util.List.of("asaib", "ahl", "haq"),
                java.util.List.of(ActorKnowledgeBase.keyWords("Asa'ib Ahl el Haq")));
    }
}
