package io.dateline.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusDetectorTest {
    /** Status of the event whose trigger is the first occurrence of {@code trigger}. */
    private static String status(String text, String trigger) {
        Words w = Words.of(text);
        int t = w.lowerList().indexOf(trigger);
        List<Clause> clauses = ClauseSplitter.split(w);
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).contains(t)) {
                return StatusDetector.detect(w, clauses.get(i), t, i + 1 < clauses.size() ? clauses.get(i + 1) : null);
            }
        }
        throw new AssertionError("no clause");
    }

    @Test
    void plainPastIsOccurred() {
        assertEquals("occurred", status("Militants attacked a checkpoint.", "attacked"));
    }

    @Test
    void previouslyBeforeAnAdjectiveIsNoHistory() {
        assertEquals("occurred", status("The king arrived in the capital on a previously unannounced visit.",
                "arrived"));
        assertEquals("background", status("The army had previously shelled the town.", "shelled"));
    }

    @Test
    void triedIsAttempted() {
        assertEquals("attempted", status("A group attempted to encircle the forces near the town.", "encircle"));
    }

    @Test
    void failedInAButClauseIsAttempted() {
        assertEquals("attempted", status("A group moved to encircle the forces, but the operation failed.",
                "encircle"));
    }

    @Test
    void expectedIsPlanned() {
        assertEquals("planned", status("The minister is expected to visit Baghdad on Friday.", "visit"));
    }

    @Test
    void threatenedTo() {
        assertEquals("threatened", status("The militia threatened to attack the base.", "attack"));
    }

    @Test
    void refusedTo() {
        assertEquals("refused", status("The army refused to withdraw from the town.", "withdraw"));
    }

    @Test
    void theRefusalItselfOccurred() {
        assertEquals("occurred", status("The factions refused, defying the orders.", "refused"));
    }

    @Test
    void deniedAndHypothetical() {
        assertEquals("denied", status("The army denied that it had bombed the hospital.", "bombed"));
        assertEquals("hypothetical", status("Officials said troops could attack the town.", "attack"));
    }

    @Test
    void backgroundSince() {
        assertEquals("background", status("They have been silent since the killing of their leader.", "killing"));
    }

    @Test
    void mayAsAMonthIsNoModal() {
        assertEquals("occurred", status("On May 5 rebels attacked the town.", "attacked"));
    }

    @Test
    void anActHeldBackIsNoEvent() {
        assertEquals("background", status("The brigade said it was watching events closely but stopped short of"
                + " entering the battle.", "battle"));
        assertEquals("background", status("The rebels held off attacking the garrison for a week.", "attacking"));
        assertEquals("background", status("The party refrained from joining the strikes.", "strikes"));
        assertEquals("refused", status("The tribe declined to fight alongside the army.", "fight"));
    }

    @Test
    void aPurposeRightBeforeTheActIsNoEvent() {
        Words w = Words.of("The ministry launched a drive aimed at disarming the clans.");
        assertTrue(StatusDetector.isPurpose(w, 0, w.lowerList().indexOf("disarming")));
        Words strike = Words.of("A drone strike aimed at a convoy killed three fighters.");
        assertFalse(StatusDetector.isPurpose(strike, 0, strike.lowerList().indexOf("killed")));
        assertFalse(StatusDetector.isPurpose(strike, 0, strike.lowerList().indexOf("strike")));
    }

    @Test
    void negatedActIsNoEvent() {
        assertEquals(StatusDetector.BACKGROUND, status("The rebels did not attack the convoy.", "attack"));
        assertEquals(StatusDetector.BACKGROUND, status("Officials said no clashes were reported.", "clashes"));
        assertEquals("occurred", status("Police did not say how many people were killed.", "killed"));
        assertEquals(StatusDetector.BACKGROUND, status("The men were not in possession of weapons.", "weapons"));
    }

    @Test
    void nounFollowedByExpectedIsPlanned() {
        assertEquals("planned", status("Two prisoners were freed, with more releases expected next week.",
                "releases"));
    }

    @Test
    void talksThatArePlannedArePlanned() {
        assertEquals("planned", status("Officials said talks with the elders in the town are planned for next week.",
                "talks"));
    }

    @Test
    void aWhenClauseAfterSinceIsHistory() {
        assertEquals(StatusDetector.BACKGROUND, status("The rally was the largest since 2019, when crowds stormed the"
                + " parliament.", "stormed"));
    }

    @Test
    void onceBeforeAFrequencyIsNoHistory() {
        assertEquals("occurred", status("Drone strikes, carried out once every week, have killed ten commanders.",
                "killed"));
        assertEquals("background", status("The group, once active in the north, attacked a convoy.", "attacked"));
    }

    @Test
    void aWhomClauseTellingWhatHadBeenDoneIsBackground() {
        assertEquals("background", status("They will release the engineer, whom they had kidnapped in March.",
                "kidnapped"));
    }

    @Test
    void anActCalledForIsPlanned() {
        assertEquals("planned", status("The union called for another strike next week.", "strike"));
    }
}
