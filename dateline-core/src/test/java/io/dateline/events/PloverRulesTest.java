package io.dateline.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PloverRulesTest {
    private static int at(Words w, String word) {
        return w.lowerList().indexOf(word);
    }

    private static String governed(String type, String text, String trigger) {
        Words w = Words.of(text);
        return PloverRules.governed(type, w, 0, at(w, trigger));
    }

    @Test
    void stoppedCooperationIsASanction() {
        assertEquals("SANCTION", governed("AID", "The agency suspended food aid to the province.", "aid"));
        assertEquals("SANCTION", governed("CONSULT", "The minister cancelled a planned visit to the capital.",
                "visit"));
        assertEquals("AID", governed("AID", "The agency sent food aid to the province.", "aid"));
    }

    @Test
    void easedRestrictionIsAConcessionAndAnEasedBlockadeARetreat() {
        assertEquals("CONCEDE", governed("COERCE", "The governor lifted the night curfew in the city.", "curfew"));
        assertEquals("RETREAT", governed("COERCE", "The navy eased its blockade of the port.", "blockade"));
        assertEquals("RETREAT", governed("SANCTION", "The union lifted the sanctions on the island.", "sanctions"));
        assertEquals("COERCE", governed("COERCE", "The governor imposed a night curfew in the city.", "curfew"));
    }

    @Test
    void calledOffProtestIsAConcession() {
        assertEquals("CONCEDE", governed("PROTEST", "The union called off the planned strike.", "strike"));
        assertEquals("PROTEST", governed("PROTEST", "The union began a strike on Monday.", "strike"));
    }

    @Test
    void governingVerbIsFoundOnlyWhenItTurnsTheType() {
        Words w = Words.of("The minister cancelled a planned visit to the capital.");
        assertEquals(at(w, "cancelled"), PloverRules.governingVerb("CONSULT", w, 0, at(w, "visit")));
        assertEquals(-1, PloverRules.governingVerb("ASSAULT", w, 0, at(w, "visit")));
    }

    private static boolean demanded(String text, String trigger) {
        Words w = Words.of(text);
        return PloverRules.demanded(w, 0, at(w, trigger));
    }

    @Test
    void mustAndAskingVerbsMakeADemand() {
        assertTrue(demanded("The minister said the rebels must disarm before the talks.", "disarm"));
        assertTrue(demanded("The envoy urged both sides to respect the truce.", "truce"));
        assertTrue(demanded("The party called on the army to withdraw from the city.", "withdraw"));
        assertTrue(demanded("The government demanded that its partners cut aid to the regime.", "aid"));
    }

    @Test
    void guessesAndDescriptionsAreNoDemand() {
        assertFalse(demanded("The attackers must have crossed the river at night.", "crossed"));
        assertFalse(demanded("Protesters demanding reforms clashed with the police.", "clashed"));
        assertFalse(demanded("The army withdrew from the city.", "withdrew"));
    }

    @Test
    void aDeclaredTruceOrSurrenderIsARetreatButAnAgreedOneIsAnAgreement() {
        Words declared = Words.of("The militia declared a unilateral ceasefire on Sunday.");
        assertEquals("RETREAT", PloverRules.deEscalation("AGREE", declared, 0, declared.size()));
        Words surrendered = Words.of("Two hundred fighters surrendered to the army.");
        assertEquals("RETREAT", PloverRules.deEscalation("AGREE", surrendered, 0, surrendered.size()));
        Words agreed = Words.of("The two sides agreed to a ceasefire on Sunday.");
        assertEquals("AGREE", PloverRules.deEscalation("AGREE", agreed, 0, agreed.size()));
    }

    @Test
    void signingAFormalAgreementIsSupportAndMeetingDemandsAConcession() {
        Words signed = Words.of("The two countries signed a trade agreement in the capital.");
        assertEquals("SUPPORT", PloverRules.compact("AGREE", signed, 0, signed.size()));
        Words described = Words.of("Both sides broke the accord signed in March.");
        assertEquals("AGREE", PloverRules.compact("AGREE", described, 0, described.size()));
        Words accepted = Words.of("The government accepted the demands of the strikers.");
        assertEquals("CONCEDE", PloverRules.compact("AGREE", accepted, 0, accepted.size()));
        assertEquals("ASSAULT", PloverRules.compact("ASSAULT", accepted, 0, accepted.size()));
    }

    @Test
    void agreeingToActIsNoRefusal() {
        Words w = Words.of("The president agreed to resign without delay.");
        assertEquals("AGREE", PloverIntent.apply("REJECT", w, 0, at(w, "resign")));
        Words refused = Words.of("The president refused to resign.");
        assertEquals("REJECT", PloverIntent.apply("REJECT", refused, 0, at(refused, "resign")));
    }

    @Test
    void aWeakCueFollowedByAPrepositionOnlyDescribes() {
        Words w = Words.of("The parcel sent to the minister was found.");
        Trigger sent = new Trigger(at(w, "sent"), at(w, "sent"), "P:AID", 0.8);
        assertTrue(EventExtractor.withObject(w, java.util.List.of(sent)).isEmpty());
        Words object = Words.of("The government sent arms to its ally.");
        Trigger sentArms = new Trigger(at(object, "sent"), at(object, "sent"), "P:AID", 0.8);
        assertEquals(1, EventExtractor.withObject(object, java.util.List.of(sentArms)).size());
    }

    private static String mission(String text, String withdrawal) {
        Words w = Words.of(text);
        return PloverRules.withdrawnMission("RETREAT", w, 0, w.size(), at(w, withdrawal));
    }

    @Test
    void withdrawnMissionsReduceRelationsWithdrawnTroopsRetreat() {
        assertEquals("SANCTION", mission("The agency will withdraw its weapons inspectors from the country.",
                "withdraw"));
        assertEquals("SANCTION", mission("Forty peacekeepers were shipped out of the enclave.", "shipped"));
        assertEquals("RETREAT", mission("The army will withdraw its troops from the border.", "withdraw"));
    }

    @Test
    void aLiftedBlockadeReadFromTheVerbIsARetreat() {
        assertEquals("RETREAT", governed("CONCEDE", "The navy lifted its blockade of the port.", "lifted"));
        assertEquals("CONCEDE", governed("CONCEDE", "The governor lifted the curfew in the city.", "lifted"));
    }
}
