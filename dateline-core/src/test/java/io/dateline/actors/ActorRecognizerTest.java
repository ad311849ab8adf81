package io.dateline.actors;

import io.dateline.model.ActorMention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorRecognizerTest {
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorKnowledgeBase.standard());

    private static List<ActorMention> find(String text) {
        return RECOGNIZER.recognise(text);
    }

    private static Optional<ActorMention> at(String text, String surface) {
        return find(text).stream().filter(m -> m.text().equals(surface)).findFirst();
    }

    private static ActorMention one(String text, String surface) {
        return at(text, surface).orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + find(text)));
    }

    private static void assertActor(ActorMention m, String name, String kind, String country) {
        assertEquals(name, m.name(), m.toString());
        assertEquals(kind, m.kind(), m.toString());
        assertEquals(country, m.country(), m.toString());
    }

    // --- named actors and their spellings

    @Test
    void namedMilitia() {
        assertActor(one("Kataib Hezbollah claimed the drone attack.", "Kataib Hezbollah"),
                "Kataib Hezbollah", "militia", "IQ");
    }

    @Test
    void spellingVariantsMeetOneName() {
        for (String variant : List.of("Kata'ib Hizballah", "Kata\u2019ib Hizballah", "Kataib Hizbullah",
                "KATAIB HEZBOLLAH", "Hezbollah Brigades")) {
            ActorMention m = one("Yesterday " + variant + " fired rockets.", variant);
            assertEquals("Kataib Hezbollah", m.name(), variant);
        }
    }

    @Test
    void arabicArticleIsOptionalAndKeptInTheSpan() {
        assertEquals("Al-Shabaab", one("Fighters of al-Shabaab attacked a base.", "al-Shabaab").name());
        assertEquals("Al-Shabaab", one("Shabaab fighters attacked a base.", "Shabaab fighters").name());
        assertEquals("Al-Shabaab", one("The attack by Al Shabab was repelled.", "Al Shabab").name());
        assertEquals("Asaib Ahl al-Haq", one("Members of Asa'ib Ahl el-Haq marched.", "Asa'ib Ahl el-Haq").name());
    }

    @Test
    void diacriticsFold() {
        assertEquals("Sinaloa Cartel", one("Gunmen of the C\u00e1rtel de Sinaloa fled.", "C\u00e1rtel de Sinaloa").name());
    }

    @Test
    void longestMatchWins() {
        assertActor(one("Islamic State West Africa Province fighters raided Monguno.",
                "Islamic State West Africa Province fighters"), "Islamic State West Africa Province", "rebel", "NG");
    }

    @Test
    void islamicStateTakesTheArticlesCountry() {
        String text = "Islamic State militants attacked an Iraqi army post near Kirkuk, Iraqi officials said.";
        assertActor(one(text, "Islamic State militants"), "Islamic State", "rebel", "IQ");
    }

    @Test
    void internationalActorsHaveNoCountry() {
        assertActor(one("NATO said Russian forces had massed on the border of Ukraine.", "NATO"),
                "NATO", "external", null);
    }

    @Test
    void possessiveAndMembersStayOneMention() {
        ActorMention m = one("Hezbollah's fighters withdrew from the ridge.", "Hezbollah's fighters");
        assertActor(m, "Hezbollah", "militia", "LB");
    }

    @Test
    void sampleOfSyrianActors() {
        String text = "The Syrian Military Operations Administration and the General Security Directorate raided "
                + "Izraa. The Syrian Observatory for Human Rights (SOHR) reported that Syrian Democratic Forces lost ground. "
                + "SOHR also reported that the Anti-Narcotics Department seized a depot.";
        assertActor(one(text, "Syrian Military Operations Administration"), "Military Operations Administration",
                "state_forces", "SY");
        assertActor(one(text, "General Security Directorate"), "General Security Directorate", "state_forces", "SY");
        assertActor(one(text, "Syrian Democratic Forces"), "Syrian Democratic Forces", "rebel", "SY");
        assertEquals(3, find(text).stream().filter(m -> m.name().equals("Syrian Observatory for Human Rights"))
                .count());
        assertActor(one(text, "Anti-Narcotics Department"), "Anti-Narcotics Department", "state_forces", "SY");
    }

    @Test
    void iranianStateForces() {
        String text = "Iran's Revolutionary Guard and the Quds Force commander met Iraqi factions.";
        assertActor(one(text, "Iran's Revolutionary Guard"), "Islamic Revolutionary Guard Corps", "state_forces",
                "IR");
        assertActor(one(text, "Quds Force commander"), "Quds Force", "state_forces", "IR");
    }

    // --- generic agents and their country

    @Test
    void demonymGivesTheCountry() {
        assertActor(one("Syrian security forces raided the town.", "Syrian security forces"),
                "Security Forces of Syria", "state_forces", "SY");
        assertActor(one("Israeli warplanes struck the camp.", "Israeli warplanes"),
                "Israel Defense Forces", "state_forces", "IL");
        assertActor(one("Jordanian warplanes struck the camp.", "Jordanian warplanes"),
                "Military Forces of Jordan", "state_forces", "JO");
        assertActor(one("The Iraqi government denied it.", "Iraqi government"), "Government of Iraq", "government",
                "IQ");
    }

    @Test
    void countryPossessiveGivesTheCountry() {
        assertActor(one("Syria's interior ministry announced arrests.", "Syria's interior ministry"),
                "Government of Syria", "government", "SY");
    }

    @Test
    void ofCountryGivesTheCountry() {
        assertActor(one("The government of Mali expelled him.", "government of Mali"),
                "Government of Mali", "government", "ML");
    }

    @Test
    void dominantCountryOfTheArticle() {
        String text = "Kenyan officials said police arrested five protesters. Kenya has seen weeks of unrest.";
        assertActor(one(text, "police"), "Police Forces of Kenya", "state_forces", "KE");
        assertActor(one(text, "protesters"), "Protesters (Kenya)", "protesters", "KE");
    }

    @Test
    void noCountryWithoutAClearContext() {
        assertActor(one("Police arrested two men after the match.", "Police"), "Police Forces", "state_forces", null);
    }

    @Test
    void unidentifiedArmedGroupsAreMilitias() {
        String text = "Gunmen killed three villagers in Zamfara, Nigerian police said. Nigeria's army deployed.";
        assertActor(one(text, "Gunmen"), "Unidentified Armed Group (Nigeria)", "militia", "NG");
        assertActor(one(text, "villagers"), "Civilians (Nigeria)", "civilians", "NG");
        assertActor(one(text, "Nigeria's army"), "Military Forces of Nigeria", "state_forces", "NG");
    }

    @Test
    void rioters() {
        assertEquals("rioters", one("An angry mob torched the police station.", "angry mob").kind());
    }

    @Test
    void shiiteFactionsAreMilitias() {
        String text = "Iraqi officials met Shiite factions in Baghdad. Armed Shiite groups tried to cross into Syria "
                + "while Iraqi politicians debated.";
        assertActor(one(text, "Shiite factions"), "Militias (Iraq)", "militia", "IQ");
        assertActor(one(text, "Armed Shiite groups"), "Militias (Iraq)", "militia", "IQ");
    }

    @Test
    void forcesAloneIsNotAnActorButRussianForcesIs() {
        assertTrue(at("The forces of nature were unkind.", "forces").isEmpty());
        assertActor(one("Russian forces shelled Kharkiv.", "Russian forces"),
                "Armed Forces of the Russian Federation", "state_forces", "RU");
        assertActor(one("Belgian forces left the base.", "Belgian forces"),
                "Military Forces of Belgium", "state_forces", "BE");
    }

    @Test
    void adjectivalAgentBeforeANounIsNotAnActor() {
        assertTrue(find("Crowds watched a military parade.").isEmpty(), find("Crowds watched a military parade.")
                .toString());
        assertFalse(at("The military said it shot down a drone.", "military").isEmpty());
    }

    @Test
    void demonymBeforeAnAdjectivalAgent() {
        assertActor(one("The German government today welcomed the plan.", "German government"),
                "Government of Germany", "government", "DE");
        assertTrue(find("Baghdad asked for Syrian military aid.").stream()
                .noneMatch(m -> m.kind().equals("state_forces")), find("Syrian military aid").toString());
    }

    @Test
    void demonymBeforeAnActNamesTheStateThatActs() {
        assertActor(one("Israeli airstrikes hit Rafah.", "Israeli"), "Military Forces of Israel", "state_forces", "IL");
        assertActor(one("Serbia rejected an Australian ultimatum.", "Australian"), "Government of Australia",
                "government", "AU");
    }

    @Test
    void weakSurnameAfterATitle() {
        assertActor(one("Rebels said President Kagame must agree.", "President Kagame"), "Paul Kagame", "government",
                "RW");
    }

    @Test
    void newsAgenciesAreNotArmedForces() {
        assertTrue(find("The officer told AFP and AA by phone.").stream().noneMatch(m -> m.kind().equals(
                "state_forces")), find("The officer told AFP and AA by phone.").toString());
    }

    @Test
    void backedByACountryDoesNotMakeItTheirs() {
        String text = "Iranian-backed militias in Iraq attacked a base. Iraqi officials condemned the attack.";
        assertActor(one(text, "Iranian-backed militias"), "Militias (Iraq)", "militia", "IQ");
        assertEquals("Syrian National Army", one("Turkish-backed factions shelled Manbij.",
                "Turkish-backed factions").name());
    }

    @Test
    void titlesJoinTheNamedPerson() {
        assertActor(one("Syrian President Bashar al-Assad left Damascus.", "Syrian President Bashar al-Assad"),
                "Bashar al-Assad", "government", "SY");
    }

    @Test
    void leadersArmedMenAreNotTheirGovernment() {
        assertEquals("militia", one("Assad militias refused to surrender.", "Assad militias").kind());
    }

    @Test
    void peacekeepersAreExternalWithoutTheHostCountry() {
        String text = "UN peacekeepers came under fire near Gao. Mali's army deployed.";
        assertActor(one(text, "UN peacekeepers"), "External Forces", "external", null);
        assertActor(one("UN peacekeepers in Lebanon came under fire.", "UN peacekeepers in Lebanon"), "UNIFIL",
                "external", null);
    }

    // --- countries standing for their governments

    @Test
    void countryAsActorButNotAsPlace() {
        assertActor(one("Iraq rejected the proposal.", "Iraq"), "Government of Iraq", "government", "IQ");
        assertTrue(at("Fighting continued in Iraq.", "Iraq").isEmpty());
        assertTrue(at("Clashes erupted in southern Syria.", "Syria").isEmpty());
        assertActor(one("Tehran denied any role.", "Tehran"), "Government of Iran", "government", "IR");
    }

    // --- unknown organisations

    @Test
    void unknownBrigadeIsAMilitia() {
        ActorMention m = one("The Hawran Free Youth Brigade attacked a checkpoint.", "Hawran Free Youth Brigade");
        assertEquals("militia", m.kind());
        assertEquals("Hawran Free Youth Brigade", m.name());
    }

    @Test
    void unknownDirectorateWithSecurityWordsIsStateForces() {
        String text = "In Homs, Syria, the Homs Counter Smuggling Directorate detained a suspect. Syria denied it.";
        assertActor(one(text, "Homs Counter Smuggling Directorate"), "Homs Counter Smuggling Directorate",
                "state_forces", "SY");
    }

    @Test
    void unknownMinistryIsGovernment() {
        assertEquals("government", one("The Ministry of Water Resources issued a warning.",
                "Ministry of Water Resources").kind());
    }

    @Test
    void demonymLedUnitIsStateForces() {
        assertActor(one("The Nigerien Special Intervention Battalion patrolled.",
                "Nigerien Special Intervention Battalion"), "Nigerien Special Intervention Battalion",
                "state_forces", "NE");
    }

    @Test
    void acronymAfterAnUnknownNameIsRemembered() {
        String text = "The Sahel Farmers Alliance (SFA) blocked roads. Later SFA members met officials.";
        List<ActorMention> sfa = find(text).stream().filter(m -> m.name().equals("Sahel Farmers Alliance")).toList();
        assertEquals(3, sfa.size(), find(text).toString());
    }

    @Test
    void agreementsWithAcronymsAreNotOrganisations() {
        assertTrue(find("They signed a Memorandum of Understanding (MOU) and a Free Trade Agreement (FTA).").isEmpty(),
                find("They signed a Memorandum of Understanding (MOU) and a Free Trade Agreement (FTA).").toString());
    }

    @Test
    void theXGroup() {
        assertEquals("unknown", one("Fighters of the Bakassi group blocked the road.", "Bakassi group").kind());
    }

    @Test
    void nationalSecurityCouncilIsNotTheUnSecurityCouncil() {
        List<ActorMention> found = find("Kenya's National Security Council met on Monday.");
        assertTrue(found.stream().noneMatch(m -> m.name().equals("UN Security Council")), found.toString());
    }

    // --- names of people and false matches

    @Test
    void amalTheMovementAndAmalThePerson() {
        assertEquals("Amal Movement", one("Hezbollah and Amal agreed on a candidate.", "Amal").name());
        assertTrue(find("Amal Clooney addressed the court.").isEmpty(), find("Amal Clooney addressed").toString());
    }

    @Test
    void relativesAreNotTheLeader() {
        assertTrue(find("A depot belonging to Maher al-Assad was seized.").isEmpty(),
                find("A depot belonging to Maher al-Assad was seized.").toString());
    }

    @Test
    void personNamesAreNotOrganisations() {
        assertTrue(find("Ismail Haniya spoke to Mohammed Ali Khan and Sarah Brigadoon.").stream()
                .noneMatch(m -> m.name().contains("Brigadoon") || m.name().contains("Khan")));
    }

    @Test
    void noMatchesInsideWordsOrInLowerCase() {
        assertTrue(find("Hamasaki wrote about the crisis; it is what it is.").isEmpty(),
                find("Hamasaki wrote about the crisis; it is what it is.").toString());
        assertTrue(find("They lost hope (amal) and hamas is a word here.").stream()
                .noneMatch(m -> m.name().equals("Hamas") || m.name().equals("Amal Movement")));
    }

    @Test
    void lebaneseForcesPartyOnlyWhenCapitalised() {
        assertActor(one("The Lebanese Forces won seats.", "Lebanese Forces"), "Lebanese Forces", "organization", "LB");
        assertEquals("state_forces", one("Lebanese forces deployed south.", "Lebanese forces").kind());
    }

    @Test
    void mentionsNeverOverlapAndAreInOrder() {
        String text = "Syrian President Bashar al-Assad met Iran's Revolutionary Guard and Kataib Hezbollah fighters "
                + "while Israeli warplanes struck Hezbollah positions near the Syrian Democratic Forces.";
        List<ActorMention> found = find(text);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start(), found.toString());
        }
        for (ActorMention m : found) {
            assertEquals(text.substring(m.start(), m.end()), m.text());
            assertTrue(ActorKind.ALL.contains(m.kind()));
        }
    }

    // --- people, titles, places

    @Test
    void peopleOfACountryAreCivilians() {
        assertActor(one("Two Palestinians were wounded, medics said.", "Palestinians"), "Civilians (Palestine)",
                "civilians", "PS");
        assertActor(one("Iraqis queued for fuel.", "Iraqis"), "Civilians (Iraq)", "civilians", "IQ");
    }

    @Test
    void titleTakesThePersonsName() {
        assertActor(one("Ghanaian President John Mahama met donors.", "Ghanaian President John Mahama"),
                "Government of Ghana", "government", "GH");
        assertActor(one("Lebanese General Fouad Haddad resigned.", "Lebanese General Fouad Haddad"),
                "Military Forces of Lebanon", "state_forces", "LB");
        assertTrue(find("In general the talks went well.").isEmpty(), find("In general the talks").toString());
    }

    @Test
    void namesWithPeoplesInsideMatch() {
        assertActor(one("The People's Defence Force ambushed a convoy in Sagaing.", "People's Defence Force"),
                "People's Defence Force", "rebel", "MM");
        assertEquals("KP", one("The Democratic People's Republic of Korea protested.",
                "Democratic People's Republic of Korea").country());
    }

    @Test
    void destinationsAndCoordinatedPlacesAreNotActors() {
        assertTrue(at("The group refused to send fighters to Syria.", "Syria").isEmpty());
        assertTrue(at("Key events in Gaza and Lebanon changed the mood.", "Lebanon").isEmpty());
        assertFalse(at("Israel and Lebanon agreed to a truce.", "Lebanon").isEmpty());
    }

    @Test
    void singleCountryMentionSettlesGenericAgents() {
        assertActor(one("Police in Peru detained a mayor.", "Police"), "Police Forces of Peru", "state_forces", "PE");
    }

    @Test
    void oneRecognizerServesManyThreadsAlike() {
        String text = "Syrian security forces and Kataib Hezbollah fighters clashed; Iraqi officials said police "
                + "arrested protesters. The Hawran Free Youth Brigade (HFYB) denied it.";
        List<ActorMention> expected = find(text);
        List<List<ActorMention>> results = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> find(text)).toList();
        results.forEach(r -> assertEquals(expected, r));
    }

    @Test
    void emptyTextHasNoActors() {
        assertTrue(find("").isEmpty());
        assertNull(at("   ", "x").orElse(null));
    }

    @Test
    void aNameInBracketsIsTheShortNameOfTheActorBeforeIt() {
        String text = "The Special Deterrence Force (Rada) fought a rival brigade. Later Rada detained its commander.";
        List<ActorMention> rada = find(text).stream().filter(m -> m.text().equals("Rada")).toList();
        assertEquals(2, rada.size(), find(text).toString());
        rada.forEach(m -> assertEquals("Radaa Special Deterrence Force", m.name()));
        assertEquals("Verkhovna Rada", one("The Rada passed the budget law.", "Rada").name());
    }
}
