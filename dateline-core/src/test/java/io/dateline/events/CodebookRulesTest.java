package io.dateline.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodebookRulesTest {
    private static EventClass refine(EventClass cls, String text, String trigger) {
        Words w = Words.of(text);
        return CodebookRules.refine(cls, w, 0, w.size(), w.lowerList().indexOf(trigger));
    }

    @Test
    void aShootoutWithTraffickersIsAnArmedClash() {
        assertEquals(EventClass.ARMED_CLASH, refine(EventClass.ORG_CRIME,
                "A police raid on drug traffickers turned into a shootout that left three suspects dead.", "drug"));
        assertEquals(EventClass.ORG_CRIME, refine(EventClass.ORG_CRIME,
                "Police seized two tonnes of drugs from traffickers at the port.", "drugs"));
    }

    @Test
    void anArrestAfterARallyIsAnArrestButAnArrestAtARallyIsAProtest() {
        assertEquals(EventClass.ARREST, refine(EventClass.ARREST,
                "Police arrested the opposition leader shortly after he addressed a rally.", "arrested"));
        assertEquals(EventClass.PROTEST_WITH_INTER, refine(EventClass.ARREST,
                "Police arrested dozens of protesters at the rally.", "arrested"));
    }

    @Test
    void attackOnSoldiersIsABattle() {
        assertEquals(EventClass.ARMED_CLASH,
                refine(EventClass.ATTACK, "Militants attacked a military post, killing two soldiers.", "attacked"));
    }

    @Test
    void aFormerSoldierIsACivilianTarget() {
        assertEquals(EventClass.ATTACK, refine(EventClass.ATTACK,
                "Gunmen shot dead a former army officer outside his shop.", "shot"));
        assertEquals(EventClass.ARMED_CLASH, refine(EventClass.ATTACK,
                "Gunmen shot dead an army officer outside the base.", "shot"));
    }

    @Test
    void attackOnVillagersStaysViolenceAgainstCivilians() {
        assertEquals(EventClass.ATTACK,
                refine(EventClass.ATTACK, "Militants attacked a village, killing nine farmers.", "attacked"));
    }

    @Test
    void whoTakesTheTownDecidesTheTerritoryType() {
        assertEquals(EventClass.GOV_REGAINS_TERIT, refine(EventClass.NON_STATE_ACTOR_OVERTAKES_TER,
                "The army recaptured the town after heavy clashes.", "recaptured"));
        assertEquals(EventClass.NON_STATE_ACTOR_OVERTAKES_TER, refine(EventClass.GOV_REGAINS_TERIT,
                "Rebels recaptured the town from the army after heavy clashes.", "recaptured"));
    }

    @Test
    void theTakerIsTheSubjectNearestTheVerbNotTheSource() {
        assertEquals(EventClass.NON_STATE_ACTOR_OVERTAKES_TER, refine(EventClass.GOV_REGAINS_TERIT,
                "An army spokesman said rebels took over three villages after heavy fighting.", "took"));
        assertEquals(EventClass.NON_STATE_ACTOR_OVERTAKES_TER, refine(EventClass.GOV_REGAINS_TERIT,
                "Syrian opposition fighters retook the crossroads town after a day of heavy fighting.", "retook"));
        assertEquals(EventClass.GOV_REGAINS_TERIT, refine(EventClass.NON_STATE_ACTOR_OVERTAKES_TER,
                "Soldiers in a sweep against insurgents recaptured two districts after heavy fighting.", "recaptured"));
    }

    @Test
    void aTownRetakenUnderBombardmentIsNoPeacefulHandover() {
        assertEquals(EventClass.GOV_REGAINS_TERIT, refine(EventClass.GOV_REGAINS_TERIT,
                "Troops retook two hamlets the militants withdrew from under artillery bombardment.", "retook"));
        assertEquals(EventClass.NON_VIOL_TERRIT_TRANSFER, refine(EventClass.NON_STATE_ACTOR_OVERTAKES_TER,
                "Militants entered the town after the soldiers pulled out overnight.", "entered"));
    }

    @Test
    void protestSubTypes() {
        assertEquals(EventClass.PEACE_PROTEST, refine(EventClass.VIOL_DEMONSTR,
                "Teachers marched peacefully to the ministry.", "marched"));
        assertEquals(EventClass.PROTEST_WITH_INTER, refine(EventClass.PEACE_PROTEST,
                "Police used tear gas to disperse the protesters.", "disperse"));
        assertEquals(EventClass.FORCE_AGAINST_PROTEST, refine(EventClass.PEACE_PROTEST,
                "Security forces opened fire on the protest, killing two.", "protest"));
        assertEquals(EventClass.VIOL_DEMONSTR, refine(EventClass.PEACE_PROTEST,
                "Protesters threw stones at the police.", "protesters"));
    }

    @Test
    void defusedBombIsDisruptedWeaponsUse() {
        assertEquals(EventClass.DISR_WEAP, refine(EventClass.REM_EXPLOS,
                "Soldiers found and defused a roadside bomb.", "bomb"));
    }

    @Test
    void factoryExplosionIsAnAccident() {
        assertEquals(EventClass.MAN_MADE_DISASTER, refine(EventClass.REM_EXPLOS,
                "A boiler exploded at the factory, killing two workers.", "exploded"));
    }

    @Test
    void drugGangArrestIsCrime() {
        assertEquals(EventClass.ORG_CRIME, refine(EventClass.ARREST,
                "Police arrested members of a drug smuggling gang.", "arrested"));
    }

    @Test
    void regimeRemnantsArrestStaysStrategic() {
        assertEquals(EventClass.ARREST, refine(EventClass.ARREST,
                "The operation led to the arrest of regime remnants and militia members.", "arrest"));
    }

    @Test
    void violenceProtestedAgainstIsNotTheProtestersOwn() {
        Words w = Words.of("Teachers rallied in three towns to condemn the beatings and arrests of students.");
        assertEquals(EventClass.PEACE_PROTEST, CodebookRules.refine(EventClass.PEACE_PROTEST, w, 0, w.size(), 1));
        Words riot = Words.of("Riot police watched as marchers walked peacefully to the square.");
        assertEquals(EventClass.PEACE_PROTEST,
                CodebookRules.refine(EventClass.PEACE_PROTEST, riot, 0, riot.size(), 4));
    }

    @Test
    void anArrestForOrganisingAProtestStaysAnArrest() {
        assertEquals(EventClass.ARREST, refine(EventClass.ARREST,
                "Police arrested two students accused of organising an unauthorised rally.", "arrested"));
        assertEquals(EventClass.PROTEST_WITH_INTER, refine(EventClass.ARREST,
                "Police arrested dozens of protesters outside the ministry.", "arrested"));
    }

    @Test
    void aMissileFiredFromTheAirIsAnAirStrike() {
        assertEquals(EventClass.AIR_STRIKE, refine(EventClass.ART_MISS_ATTACK,
                "Two warplanes fired missiles at a fuel depot near the port.", "missiles"));
        assertEquals(EventClass.ART_MISS_ATTACK, refine(EventClass.ART_MISS_ATTACK,
                "Rebels fired missiles at a fuel depot near the port.", "missiles"));
    }

    @Test
    void aCrowdThatDispersesOfItsOwnAccordWasNotDispersed() {
        assertEquals(EventClass.PEACE_PROTEST, refine(EventClass.PROTEST_WITH_INTER,
                "The marchers dispersed peacefully at dusk.", "dispersed"));
        assertEquals(EventClass.PROTEST_WITH_INTER, refine(EventClass.PROTEST_WITH_INTER,
                "Police dispersed the marchers with water cannon.", "dispersed"));
    }

    @Test
    void theSourceOfTheReportIsNotTheTarget() {
        assertEquals(EventClass.ATTACK, refine(EventClass.ATTACK,
                "Gunmen opened fire on pilgrims at a shrine, killing nine, police said.", "opened"));
        assertEquals(EventClass.ARMED_CLASH, refine(EventClass.ATTACK,
                "Gunmen opened fire on police at a checkpoint.", "opened"));
    }

    @Test
    void banditsWhoAbductPupilsAreNoCrimeGang() {
        assertEquals(EventClass.ABDUCT_DISSAP, refine(EventClass.ABDUCT_DISSAP,
                "Bandits abducted 30 pupils from a boarding school.", "abducted"));
    }

    @Test
    void arrestsOfMarchersArePolicingOfAProtest() {
        assertEquals(EventClass.PROTEST_WITH_INTER, refine(EventClass.ARREST,
                "Police arrested 40 students who were marching to the ministry.", "arrested"));
    }

    @Test
    void aCrowdRansackingBuildingsIsAViolentDemonstration() {
        assertEquals(EventClass.VIOL_DEMONSTR, refine(EventClass.PEACE_PROTEST,
                "Protesters broke into the town hall and ransacked the mayor's office.", "protesters"));
    }

    @Test
    void missilesShotDownAreAnInterception() {
        assertEquals(EventClass.DISR_WEAP, refine(EventClass.ART_MISS_ATTACK,
                "Air defences shot down two missiles over the port city.", "missiles"));
        assertEquals(EventClass.ART_MISS_ATTACK, refine(EventClass.ART_MISS_ATTACK,
                "A missile hit the port city and a guard was shot dead.", "missile"));
    }

    @Test
    void aRebelArmyNamedByItsInitialsStillTakesTerritory() {
        assertEquals(EventClass.NON_STATE_ACTOR_OVERTAKES_TER, CodebookRules.takenBy(EventClass.GOV_REGAINS_TERIT,
                new io.dateline.model.EventActor("KLA", "Kaleh Liberation Army", "rebel", "XK")));
    }

    @Test
    void protestersOverrunningAPalaceAreViolent() {
        assertEquals(EventClass.VIOL_DEMONSTR, refine(EventClass.PEACE_PROTEST,
                "Thousands of protesters overran the governor's palace.", "protesters"));
    }

    @Test
    void protestersSettingFiresAreViolent() {
        assertEquals(EventClass.VIOL_DEMONSTR, refine(EventClass.PROTEST_WITH_INTER,
                "Protesters marched to the embassy, setting fire to a door before police dispersed them.", "dispersed"));
    }

    @Test
    void theArmyEnteringATownItsRebelsLeftRegainsIt() {
        assertEquals(EventClass.GOV_REGAINS_TERIT, refine(EventClass.GOV_REGAINS_TERIT,
                "Government troops took control of the town after the rebels withdrew overnight.", "took"));
        assertEquals(EventClass.NON_VIOL_TERRIT_TRANSFER, refine(EventClass.NON_STATE_ACTOR_OVERTAKES_TER,
                "Rebels took control of the town after government troops withdrew overnight.", "took"));
        assertEquals(EventClass.NON_VIOL_TERRIT_TRANSFER, refine(EventClass.GOV_REGAINS_TERIT,
                "The army took control of the district after the militia handed it over under a deal.", "took"));
    }

    @Test
    void targetsDescribedInARelativeClauseAreNotTargets() {
        assertEquals(EventClass.ATTACK, refine(EventClass.ATTACK, "Insurgents attacked the town, opening fire on"
                + " villagers whom the army had told to guard the road.", "attacked"));
    }

    @Test
    void protestersAttackingPoliceRiot() {
        assertEquals(EventClass.VIOL_DEMONSTR, refine(EventClass.PEACE_PROTEST, "Demonstrators opposed to the"
                + " land law attacked the police outside the district office, killing two officers.", "land"));
    }

    @Test
    void policemenTakenHostageInAGunfightAreABattle() {
        assertEquals(EventClass.ARMED_CLASH, refine(EventClass.ABDUCT_DISSAP, "Gunmen stormed a police station,"
                + " exchanging fire with officers and taking three policemen hostage.", "hostage"));
        assertEquals(EventClass.ABDUCT_DISSAP, refine(EventClass.ABDUCT_DISSAP, "Gunmen took three aid workers"
                + " hostage on the road to the camp.", "hostage"));
    }

    @Test
    void arrestsFollowingAProtestAreArrests() {
        assertEquals(EventClass.ARREST, refine(EventClass.ARREST, "Soldiers arrested four students at a checkpoint"
                + " on suspicion of links to rebels, following a protest in the market last week.", "arrested"));
    }

    @Test
    void partisansClashingWithSticksAreAMob() {
        assertEquals(EventClass.MOB_VIOL, refine(EventClass.ARMED_CLASH, "Supporters of two rival parties clashed"
                + " with sticks and stones outside the polling station.", "clashed"));
        assertEquals(EventClass.ARMED_CLASH, refine(EventClass.ARMED_CLASH, "Supporters of the two militias clashed"
                + " with rifles outside the polling station.", "clashed"));
    }

    @Test
    void batonsAndTearGasBreakUpAProtestWithoutExcessiveForce() {
        assertEquals(EventClass.PROTEST_WITH_INTER, refine(EventClass.PEACE_PROTEST, "Riot police swung batons and"
                + " fired tear gas to disperse the teachers marching on the ministry.", "marching"));
        assertEquals(EventClass.FORCE_AGAINST_PROTEST, refine(EventClass.PEACE_PROTEST, "Riot police fired live"
                + " rounds at the teachers marching on the ministry, killing one.", "marching"));
    }

    @Test
    void gunmenFightingBesideAMarchFightABattle() {
        assertEquals(EventClass.ARMED_CLASH, refine(EventClass.ARMED_CLASH, "Gunmen on rooftops and party guards"
                + " traded fire for hours as supporters of the party marched to the court.", "traded"));
        assertEquals(EventClass.VIOL_DEMONSTR, refine(EventClass.ARMED_CLASH, "Protesters clashed with police and"
                + " threw stones outside the court.", "clashed"));
    }
}
