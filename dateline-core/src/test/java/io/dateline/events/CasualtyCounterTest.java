package io.dateline.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CasualtyCounterTest {
    private static Casualties count(String text) {
        Words w = Words.of(text);
        return CasualtyCounter.count(w, 0, w.size());
    }

    @Test
    void countsVictimsAcrossAnAsideBeforeTheirVerb() {
        assertEquals(4, count("At least four guards, one of them a teenager, were killed.").fatalities());
        assertEquals(1, count("A driver who refused to stop was shot dead at the checkpoint.").fatalities());
        assertEquals(1, count("One farmer who tried to flee was killed.").fatalities());
        // only one aside is stepped over, and only before the verb group
        assertNull(count("Gunmen who killed the guards were arrested.").fatalities());
    }

    @Test
    void addsVictimGroupsJoinedByAnd() {
        assertEquals(7, count("Four soldiers and three rebels were killed in the fighting.").fatalities());
        Casualties c = count("Two soldiers were killed and three wounded.");
        assertEquals(2, c.fatalities());
        assertEquals(3, c.injured());
    }

    @Test
    void countsEveryGroupOfVictims() {
        assertEquals(6, count("The bomb went off, killing five schoolchildren and a policeman.").fatalities());
        assertEquals(3, count("Gunmen fired on the truck, killing a man and his two sons.").fatalities());
        assertEquals(6, count("Gunmen opened fire, killing three tourists and three guides.").fatalities());
        assertEquals(12, count("An officer said a soldier and 11 militants were killed.").fatalities());
        assertEquals(12, count("Rebels said dozens of mercenaries and soldiers were killed.").fatalities());
        assertEquals(1, count("A shell landed on the street, killing a 12-year-old boy.").fatalities());
        assertEquals(3, count("Police arrested a suspect and 3 people were killed.").fatalities());
        assertEquals(5, count("Shelling hit the market, killing five people and wounding 20.").fatalities());
    }

    @Test
    void countsTheBomberAndTheOneVictimNamedByRole() {
        assertEquals(5, count("The bomber blew up the car, killing himself and four other people.").fatalities());
        assertEquals(1, count("A drone hit the truck, killing the driver.").fatalities());
        assertEquals(1, count("Gunmen shot dead the village chief near his home.").fatalities());
        assertNull(count("Shelling near the border killed the crops.").fatalities());
    }

    @Test
    void readsVictimsAfterTwoJoinedVerbs() {
        assertEquals(2, count("Villagers lynched and burned two men accused of theft.").fatalities());
        // "killed and wounded dozens" does not say how many died
        assertNull(count("Rebels killed and wounded dozens in the market.").fatalities());
    }

    @Test
    void aKillingNamedAsACauseIsNotThisEventsToll() {
        assertNull(count("A mob angered by the killing of four traders stormed the police station.").fatalities());
        assertEquals(12, count("Dozens of people, including civilians, were reported killed.").fatalities());
    }

    @Test
    void participleWithHedge() {
        assertEquals(6, count("Warplanes bombed the village, killing at least six civilians.").fatalities());
    }

    @Test
    void digitsBeforePassive() {
        assertEquals(12, count("12 soldiers were killed in the ambush.").fatalities());
    }

    @Test
    void wordsAndInjured() {
        Casualties c = count("Two Nigerian soldiers were killed and six others injured.");
        assertEquals(2, c.fatalities());
        assertEquals(6, c.injured());
    }

    @Test
    void vagueQuantitiesFollowTheConservativeRule() {
        assertEquals(12, count("Dozens of people were killed in the shelling.").fatalities());
        assertEquals(3, count("Several fighters were killed.").fatalities());
    }

    @Test
    void reportedNoneIsZero() {
        assertEquals(0, count("A bomb exploded near the checkpoint but no one was hurt.").injured());
    }

    @Test
    void notReportedIsNull() {
        Casualties c = count("Police arrested 18 people in the raid.");
        assertNull(c.fatalities());
        assertNull(c.injured());
    }

    @Test
    void yearIsNotACount() {
        assertNull(count("On December 2, 2024 killed fighters were buried.").fatalities());
    }

    @Test
    void deathToll() {
        assertEquals(40, count("The death toll from the blast rose to 40.").fatalities());
    }

    @Test
    void compoundNumberWord() {
        assertEquals(25, count("twenty-five people were killed").fatalities());
        assertEquals(300, count("three hundred people died").fatalities());
    }

    @Test
    void oneNamedVictimCountsOne() {
        assertEquals(1, count("A police officer was killed in the attack.").fatalities());
        assertEquals(1, count("Gunmen shot and killed a local councillor outside his home.").fatalities());
        assertEquals(1, count("A crowd beat a man to death after a dispute.").fatalities());
        assertEquals(3, count("Gunmen shot dead three traders at a market.").fatalities());
    }

    @Test
    void aNumberOfIsNoCount() {
        assertNull(count("The strike killed a number of fighters.").fatalities());
        assertEquals(12, count("The raid killed a dozen fighters.").fatalities());
    }

    @Test
    void victimsListedAfterTheVerbAddUp() {
        assertEquals(4, count("A bomb killed the district governor, Ahmad Karimi, and three of his guards.")
                .fatalities());
        assertEquals(4, count("The strike killed a senior militia commander, a nurse and two boys, officials said.")
                .fatalities());
        assertEquals(4, count("Raiders struck at dawn, killing three farmers and a herder, a village chief said.")
                .fatalities());
    }

    @Test
    void aBreakdownOfTheVictimsIsNotCountedAgain() {
        assertEquals(12, count("Gunmen killed 12 villagers, 10 of them women, police said.").fatalities());
        assertEquals(2, count("Gunmen stormed the farm, killing two people, including a child.").fatalities());
    }

    @Test
    void anAsideThatListsIsSteppedOver() {
        assertEquals(9, count("Nine people, among them two nurses, a cook and a driver, were killed in the blast.")
                .fatalities());
    }

    @Test
    void bothCountsTwoButNotBothSides() {
        assertEquals(2, count("Both gunmen, thought to be brothers from the village, were killed.").fatalities());
        assertEquals(9, count("At least nine fighters from both sides were killed.").fatalities());
    }

    @Test
    void neutralisedPeopleAreDeadButNeutralisedDevicesAreNot() {
        assertEquals(14, count("The army said it had neutralised 14 fighters near the border.").fatalities());
        assertEquals(9, count("The ministry said 9 attackers were 'neutralized' in the operation.").fatalities());
        assertNull(count("Engineers neutralised two explosive devices on the road.").fatalities());
    }

    @Test
    void countsTheMembersNotTheirFamily() {
        assertEquals(6, count("Six members of one household were killed when the roof fell in.").fatalities());
    }

    @Test
    void quotedGroupsStillAddUp() {
        assertEquals(26, count("Six police officers and \"about twenty bandits\" were killed.").fatalities());
        assertEquals(5, count("The raid ended in a gunfight, leaving four gang members and one soldier dead.")
                .fatalities());
    }

    @Test
    void aBomberAlreadyCountedIsNotAddedAgain() {
        assertEquals(8, count("A bomber blew himself up at the gate, killing at least eight people including the"
                + " attacker.").fatalities());
        assertEquals(9, count("A bomber blew himself up at the gate, killing at least eight people.").fatalities());
    }

    @Test
    void anUncountedGroupLeavesTheCountedOne() {
        assertEquals(7, count("Seven policemen and an unknown number of gunmen were killed.").fatalities());
    }

    @Test
    void onePersonNamedBeforeAnAsideIsOneVictim() {
        assertEquals(1, count("The governor of the province, Ahmed Musa, was shot dead at his home.").fatalities());
    }

    @Test
    void victimsDescribedByAParticipleAreStillCounted() {
        assertEquals(3, count("Two guards and a shopkeeper caught in the shooting were killed.").fatalities());
        assertEquals(4, count("Four farmers working in a field were killed by the blast.").fatalities());
    }

    @Test
    void twoSidesDeadAddUpButOneSideCountedTwiceDoesNot() {
        assertEquals(17, count("The army said 5 soldiers were killed and that a dozen attackers were neutralised.")
                .fatalities());
        assertEquals(6, count("Six soldiers were killed and the six soldiers were buried on Monday.").fatalities());
        assertEquals(9, count("Nine people were killed and 9 bodies were taken to the morgue.").fatalities());
    }

    @Test
    void twoPeopleNamedOneByOneAreTwo() {
        assertEquals(2, count("A nurse and her little daughter were killed in the blast.").fatalities());
        assertEquals(2, count("Gunmen shot dead a shopkeeper and his son near the market.").fatalities());
        assertEquals(1, count("A passer-by died in hospital.").fatalities());
    }

    @Test
    void theVictimsOfAnotherOutcomeAreNotTheDead() {
        assertEquals(1, count("A shell hit a car, killing the driver and wounding a passenger.").fatalities());
    }

    @Test
    void aBomberToldApartFromTheVictimsIsAddedOnce() {
        assertEquals(10, count("A car bomb hit the gate, killing nine people in addition to the bomber.")
                .fatalities());
        assertEquals(10, count("A bomber blew himself up at the gate, killing nine people besides the bomber.")
                .fatalities());
    }

    @Test
    void twoSourcesInOneSentenceMeetAtTheLowestUnlessTheTollRose() {
        assertEquals(2, count("Two guards were killed at the gate, a source said, though an official put the toll"
                + " at four.").fatalities());
        assertEquals(7, count("A bomb killed three people and the toll later rose to seven.").fatalities());
    }

    @Test
    void wordsThatAreNoCountAreNotCounted() {
        assertEquals(2, count("NAIROBI, Aug 21 (Reuters) - Gunmen killed two guards at a mine.").fatalities());
        assertNull(count("The army did not say how many militants died.").fatalities());
        assertNull(count("Two of the dead were teachers.").fatalities());
        assertEquals(4, count("A strike hit the hall, killing its owner and at least three other people.")
                .fatalities());
    }

    @Test
    void takesTheLowerEndOfARange() {
        assertEquals(4, count("Elders said between 4 and 6 herders were killed in the raid.").fatalities());
        assertEquals(3, count("The strike killed three or four fighters at the depot.").fatalities());
        assertEquals(5, count("Gunmen opened fire, killing between five and eight villagers.").fatalities());
        // a toll that changed is no range
        assertEquals(9, count("Medics said the dead rose from 5 to 9 people killed.").fatalities());
    }

    @Test
    void countsTheBomberBesidesHimselfAndTheVictimsBeatenToDeath() {
        assertEquals(7, count("The bomber detonated his vest at the gate, killing six guards besides himself.")
                .fatalities());
        assertEquals(3, count("A crowd beat to death three men accused of stealing goats.").fatalities());
        assertEquals(1, count("A crowd beat a thief to death in the market.").fatalities());
    }

    @Test
    void readsThePressWordsForDeath() {
        assertEquals(3, count("Three policemen were martyred in the attack on the post.").fatalities());
        assertEquals(1, count("One of our soldiers became martyr in the clash.").fatalities());
        assertEquals(1, count("A passer-by lost his life.").fatalities());
        assertEquals(1, count("One of them, a shopkeeper, later succumbed to his injuries.").fatalities());
    }

    @Test
    void countsTheWholeAndNotThePartItIncludes() {
        assertEquals(5, count("At least five villagers including two children were killed.").fatalities());
        assertEquals(9, count("Monitors said seven members of the militia and two soldiers were killed.")
                .fatalities());
    }

    @Test
    void anEarlierTollIsSuperseded() {
        assertEquals(14, count("The strike killed 14 people, up from an earlier toll of nine.").fatalities());
    }

    @Test
    void readsTollsBroughtUpToDate() {
        assertEquals(5, count("Hospital staff later confirmed a fifth death.").fatalities());
        assertEquals(4, count("A doctor said one of the wounded had died, raising the toll to four.").fatalities());
        assertEquals(11, count("A commander said the bomber was also dead and put the overall toll at 11.")
                .fatalities());
    }

    @Test
    void countsOneAttackerOrOneNamedUnitsMember() {
        assertEquals(1, count("The bomber was also killed in the blast.").fatalities());
        assertEquals(7, count("Troops killed six rebels, and a Border Guard constable also died in the fight.")
                .fatalities());
    }

    @Test
    void aManAndAWomanWhoDiedAreTwo() {
        assertEquals(2, count("A 60-year-old man and a 45-year-old woman died on the spot.").fatalities());
    }

    @Test
    void theSourceAlreadyQuotedIsNoOtherSource() {
        Words w = Words.of("According to him, two women died on the spot.");
        assertEquals(false, CasualtyCounter.attributed(w, 0, w.size()));
        Words other = Words.of("According to medics, two women died on the spot.");
        assertEquals(true, CasualtyCounter.attributed(other, 0, other.size()));
    }
}
