package io.dateline.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriggerLexiconTest {
    private static List<String> targets(String text) {
        return TriggerLexicon.standard().find(Words.of(text).lowerList()).stream().map(Trigger::target).toList();
    }

    @Test
    void prefixMatchesInflections() {
        assertTrue(targets("Gunmen kidnapped a teacher").contains("ABDUCT_DISSAP"));
        assertTrue(targets("the kidnapping of a teacher").contains("ABDUCT_DISSAP"));
    }

    @Test
    void phraseNeedsAllItsWords() {
        assertTrue(targets("a suicide bomber blew himself up").contains("SUIC_BOMB"));
        assertTrue(targets("the group claimed responsibility").contains("ATTRIB"));
    }

    @Test
    void aLongerPhraseHidesTheCueInsideIt() {
        List<String> found = targets("the insurgents seized a village near the road");
        assertTrue(found.contains("NON_STATE_ACTOR_OVERTAKES_TER"), found.toString());
        assertFalse(found.contains("DISR_WEAP"), found.toString());
        assertTrue(found.contains("P:COERCE:seize"), found.toString());
        assertTrue(targets("police seized a rifle").contains("DISR_WEAP"));
    }

    @Test
    void aShellThatLandsIsShellingAndStormingIsNoStorm() {
        assertTrue(targets("a shell landed on a residential street").contains("ART_MISS_ATTACK"));
        assertFalse(targets("gunmen stormed the town hall").contains("NATURAL_DISASTER"));
        assertTrue(targets("a tropical storm hit the coast").contains("NATURAL_DISASTER"));
    }

    @Test
    void innerWildcardMatchesBothForms() {
        assertTrue(TriggerLexicon.matches("overr*n", "overran"));
        assertTrue(TriggerLexicon.matches("overr*n", "overrun"));
        assertFalse(TriggerLexicon.matches("overr*n", "overreach"));
    }

    @Test
    void detaineesAreNotAnArrest() {
        assertFalse(targets("some detainees were moved").contains("ARREST"));
        assertTrue(targets("police detained five men").contains("ARREST"));
    }

    @Test
    void munitionsDroppedFromTheAirAndJetsThatStruckAreAirStrikes() {
        assertTrue(targets("a drone dropped a grenade on a checkpoint").contains("AIR_STRIKE"));
        assertTrue(targets("jets struck a fuel depot").contains("AIR_STRIKE"));
        assertTrue(targets("gunmen carried away nine farmers").contains("ABDUCT_DISSAP"));
        assertTrue(targets("a drone dropped an explosive device on a car").contains("AIR_STRIKE"));
    }

    @Test
    void attackersAreNotAnAttack() {
        assertFalse(targets("troops were sent to hunt down the attackers").contains("ATTACK"));
        assertTrue(targets("gunmen attacked a bus").contains("ATTACK"));
    }

    @Test
    void quietSentenceHasNoStrongTrigger() {
        double max = TriggerLexicon.standard().find(Words.of("The group was monitoring the situation").lowerList())
                .stream().mapToDouble(Trigger::weight).max().orElse(0);
        assertTrue(max < EventExtractor.CANDIDATE_WEIGHT, "max weight " + max);
    }

    @Test
    void triggerReportsItsWords() {
        List<Trigger> found = TriggerLexicon.standard().find(Words.of("a roadside bomb exploded").lowerList());
        Trigger phrase = found.stream().filter(t -> t.lastToken() > t.firstToken()).findFirst().orElseThrow();
        assertEquals(1, phrase.firstToken());
        assertEquals(2, phrase.lastToken());
    }

    @Test
    void capitalisedTriggerInsideANameDoesNotCount() {
        List<Trigger> found = TriggerLexicon.standard().find(Words.of("Since the Al-Aqsa Flood operation, talks"));
        assertTrue(found.stream().noneMatch(t -> t.target().equals("NATURAL_DISASTER")));
        assertTrue(TriggerLexicon.standard().find(Words.of("The flood destroyed homes")).stream()
                .anyMatch(t -> t.target().equals("NATURAL_DISASTER")));
    }

    @Test
    void monthIsNoMarch() {
        assertTrue(TriggerLexicon.standard().find(Words.of("On 3 March police arrested him")).stream()
                .noneMatch(t -> t.target().equals("PEACE_PROTEST")));
    }

    @Test
    void commitmentsAndDemandsHaveVerbalCues() {
        assertTrue(targets("the junta offered to free the prisoners").contains("P:AGREE"));
        assertTrue(targets("the court decided to allow the rally").contains("P:CONCEDE"));
        assertTrue(targets("the envoy said Kiev must halt the shelling").contains("P:REQUEST"));
        assertTrue(targets("Chad extradited the suspect to Niger").contains("P:COOPERATE"));
    }

    private static List<String> targetsInText(String text) {
        return TriggerLexicon.standard().find(Words.of(text)).stream().map(Trigger::target).toList();
    }

    @Test
    void headlinesInCapitalsKeepTheirTriggers() {
        assertTrue(targetsInText("TWO SUICIDE BOMBERS HIT MOSQUE IN CAPITAL").contains("SUIC_BOMB"));
        assertTrue(targetsInText("Two Suicide Bombers Hit Mosque In Capital").contains("SUIC_BOMB"));
    }

    @Test
    void excludedWordsAreNoTriggerOfAnyKind() {
        assertTrue(targets("The Protestant church held a service").isEmpty());
        assertFalse(targets("the court heard appeals from detainees").contains("P:COERCE:arrest"));
        assertTrue(targets("students protested in the square").contains("PEACE_PROTEST"));
        assertTrue(targets("police detained five men").contains("P:COERCE:arrest"));
    }
}
