package io.dateline.eval.events;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.dateline.eval.events.TestEvents.coded;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseLabelMappingTest {
    private static final List<String> ACLED_SUB_EVENT_TYPES = List.of(
            "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
            "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
            "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
            "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests",
            "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
            "Looting/property destruction", "Non-violent transfer of territory", "Other");

    @Test
    void subEventTypeGivesItsLabel() {
        assertEquals("AIR_STRIKE", CaseLabelMapping.label(coded("political_violence", "Air/drone strike", 1)));
        assertEquals("ARREST", CaseLabelMapping.label(coded("strategic", "Arrests", 1)));
        assertEquals("FORCE_AGAINST_PROTEST",
                CaseLabelMapping.label(coded("demonstration", "Excessive force against protesters", 1)));
    }

    @Test
    void subEventTypeMatchIgnoresCaseSpacesAndPunctuation() {
        assertEquals("REM_EXPLOS", CaseLabelMapping.label(coded(null, "remote explosive / landmine / IED", 1)));
    }

    @Test
    void categoryOutsideAcledWinsOverSubEventType() {
        assertEquals("ATTRIB", CaseLabelMapping.label(coded("claim", "Suicide bomb", 1)));
        assertEquals("ORG_CRIME", CaseLabelMapping.label(coded("crime", null, 1)));
        assertEquals("NATURAL_DISASTER", CaseLabelMapping.label(coded("natural_disaster", null, 1)));
        assertEquals("MAN_MADE_DISASTER", CaseLabelMapping.label(coded("man_made_disaster", null, 1)));
        assertEquals("DIPLO", CaseLabelMapping.label(coded("diplomacy", "Agreement", 1)));
    }

    @Test
    void nothingToMapIsNone() {
        assertEquals(CaseLabelMapping.NONE, CaseLabelMapping.label(null));
        assertEquals(CaseLabelMapping.NONE, CaseLabelMapping.label(coded("other", null, 1)));
        assertEquals(CaseLabelMapping.NONE, CaseLabelMapping.label(coded("political_violence", "Looting", 1)));
    }

    @Test
    void everyCaseLabelIsReachableExactlyOnce() {
        Set<String> reached = new HashSet<>();
        for (String type : ACLED_SUB_EVENT_TYPES) {
            reached.add(CaseLabelMapping.label(coded("political_violence", type, 1)));
        }
        assertEquals(25, reached.size());
        for (String category : List.of("crime", "natural_disaster", "man_made_disaster", "diplomacy", "claim")) {
            reached.add(CaseLabelMapping.label(coded(category, null, 1)));
        }
        assertEquals(CaseLabelMapping.LABELS, reached);
    }
}
