package io.dateline.events;

import io.dateline.model.ActorMention;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;
import io.dateline.model.DateMention;
import io.dateline.model.Event;
import io.dateline.model.Layer;
import io.dateline.model.PlaceMention;
import io.dateline.text.NewsSentenceSplitter;
import io.dateline.text.NewsTokenizer;
import io.dateline.text.TextStage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.dateline.events.Mentions.actor;
import static io.dateline.events.Mentions.date;
import static io.dateline.events.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end over the real model and exemplars, with hand-made places, dates and actors. */
class EventStageTest {
    private static final EventStage STAGE = new EventStage();
    private static final TextStage TEXT = new TextStage(new NewsTokenizer(), new NewsSentenceSplitter());

    private static List<Event> events(String text, List<PlaceMention> places, List<DateMention> dates,
                                      List<ActorMention> actors) {
        Article article = new Article("t", ArticleIds.of(text), null, null, "2024-12-05", text, List.of(), null);
        AnnotatedArticle a = TEXT.process(AnnotatedArticle.of(article)).withPlaces(places).withDates(dates)
                .withActors(actors);
        return STAGE.process(a).events();
    }

    private static List<Event> events(String text) {
        return events(text, List.of(), List.of(), List.of());
    }

    @Test
    void declaresItsLayers() {
        assertEquals(Set.of(Layer.EVENTS), STAGE.provides());
        assertTrue(STAGE.requires().containsAll(Set.of(Layer.PLACES, Layer.DATES, Layer.ACTORS)));
    }

    @Test
    void strikeOnAConvoyIsPlacedWhereItHitOnItsDay() {
        String text = "On March 9, 2025, a convoy of tribal fighters tried to drive toward Tadmur but was hit by"
                + " drone strikes near Sukhnah, northeast of Homs.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text,
                List.of(place("Tadmur", "Tadmur", "PPL"), place("Sukhnah", "Sukhnah", "PPL"),
                        place("Homs", "Homs", "PPLA")),
                List.of(date("March 9, 2025", "2025-03-09", "day")),
                List.of(actor("tribal fighters", "militia", "SY")));
        Event strike = events.stream().filter(e -> "Air/drone strike".equals(e.subEventType())).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("Explosions/Remote violence", strike.eventType());
        assertEquals("occurred", strike.status());
        assertEquals("Sukhnah", strike.location().text());
        assertEquals("2025-03-09", strike.eventDate());
        assertEquals(1, strike.timePrecision());
        assertEquals("tribal fighters", strike.actor2().name());
        assertEquals("ASSAULT", strike.plover());
    }

    @Test
    void failedEncirclementIsAnAttemptedBattle() {
        String text = "On March 11, 2025, rebel fighters attempted to encircle government troops near Saraqib,"
                + " south of Idlib, but the attack failed.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Saraqib", "Saraqib", "PPL"), place("Idlib", "Idlib",
                "PPLA")), List.of(date("March 11, 2025", "2025-03-11", "day")), List.of());
        Event battle = events.get(0);
        assertEquals("Battles", battle.eventType());
        assertEquals("attempted", battle.status());
        assertEquals("Saraqib", battle.location().text());
    }

    @Test
    void monitoringIsNoEvent() {
        assertTrue(events("The Badr Organisation said it was watching the situation.").isEmpty());
    }

    @Test
    void whatAnActIsAimedAtHasNotHappened() {
        for (Event e : events("Officials approved a plan aimed at ending the shelling of the old city.")) {
            assertNotEquals("Explosions/Remote violence", e.eventType(), e.toString());
        }
        for (Event e : events("The council passed a resolution aimed at preventing further clashes between the"
                + " tribes.")) {
            assertNotEquals("Battles", e.eventType(), e.toString());
        }
    }

    @Test
    void anAimEndsAtItsComma() {
        List<Event> events = events("The raid, aimed at dismantling a smuggling ring, was followed by a bombing"
                + " that killed two guards in Homs.");
        assertTrue(events.stream().anyMatch(e -> "Explosions/Remote violence".equals(e.eventType())),
                events.toString());
    }

    @Test
    void anActTheTextDoesNotDateIsLessSure() {
        String dated = "On December 3, 2024, the militia fired rockets at the border post.";
        Mentions.TestTexts.use(dated);
        Event withDate = events(dated, List.of(), List.of(date("December 3, 2024", "2024-12-03", "day")), List.of())
                .get(0);
        Event withoutDate = events("The militia fired rockets at the border post.").get(0);
        assertEquals(withDate.subEventType(), withoutDate.subEventType());
        assertEquals("2024-12-05", withoutDate.eventDate()); // the publication date, precision 2
        assertTrue(withoutDate.confidence() < withDate.confidence(), withoutDate + " " + withDate);
    }

    @Test
    void arrestsAreCountedAsArrests() {
        List<Event> events = events("A security operation in the Ghouta area resulted in the arrest of 14 men"
                + " suspected of belonging to an armed group.");
        assertEquals("Arrests", events.get(0).subEventType());
        assertEquals("COERCE", events.get(0).plover());
        assertNull(events.get(0).fatalities());
    }

    @Test
    void casualtiesAreReported() {
        List<Event> events = events("Warplanes bombed the village of Kashkash, killing six civilians.");
        assertEquals("Air/drone strike", events.get(0).subEventType());
        assertEquals(6, events.get(0).fatalities());
    }

    @Test
    void plannedVisitIsPlanned() {
        List<Event> events = events("Iran's foreign minister is expected to visit Baghdad on Friday.");
        assertEquals("planned", events.get(0).status());
        assertEquals("diplomacy", events.get(0).category());
    }

    @Test
    void idsAreStableAndDistinct() {
        String text = "Gunmen kidnapped a teacher in the north. Police arrested five suspects the next day.";
        List<Event> first = events(text);
        List<Event> again = events(text);
        assertEquals(first.get(0).eventId(), again.get(0).eventId());
        assertNotEquals(first.get(0).eventId(), first.get(1).eventId());
    }

    @Test
    void evidenceIsTheSentence() {
        String text = "The weather was cold. A roadside bomb killed two soldiers on the highway.";
        Event e = events(text).get(0);
        assertEquals("A roadside bomb killed two soldiers on the highway.", e.evidence().of(text));
    }

    @Test
    void expectedVisitorIsAPlannedVisitNextToTheArrival() {
        String text = "Jordanian Foreign Minister Ayman Safadi arrived in Beirut on Thursday, with Egypt's Badr"
                + " Abdelatty expected on Friday.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Beirut", "Beirut", "PPLC")),
                List.of(date("Thursday", "2024-12-05", "day"), date("Friday", "2024-12-06", "day")),
                List.of(actor("Ayman Safadi", "government", "JO"), actor("Badr Abdelatty", "government", "EG")));
        assertEquals(2, events.size(), events.toString());
        assertEquals("occurred", events.get(0).status());
        assertEquals("2024-12-05", events.get(0).eventDate());
        Event planned = events.get(1);
        assertEquals("planned", planned.status());
        assertEquals("CONSULT", planned.plover());
        assertEquals("2024-12-06", planned.eventDate());
        assertEquals("Badr Abdelatty", planned.actor1().name());
    }

    @Test
    void aGroupThatStoppedShortOfFightingMadeNoAttack() {
        List<Event> events = events("The Badr brigade said it was following events closely but stopped short of"
                + " joining the battle.");
        assertTrue(events.stream().noneMatch(e -> "ASSAULT".equals(e.plover()) && "occurred".equals(e.status())),
                events.toString());
    }

    @Test
    void theMainVerbBeatsAParticipleInATrailingPhrase() {
        List<Event> events = events("On Monday the interior ministry released 120 prisoners, among them two"
                + " journalists, out of some 500 people arrested during the summer crackdown.");
        assertEquals(1, events.size(), events.toString());
        assertNotEquals("Arrests", events.get(0).subEventType());
        assertEquals("CONCEDE", events.get(0).plover());
    }

    @Test
    void aRegionBetweenTwoProvincesIsTheRegion() {
        String text = "A police sweep in the Hawran plain, located between the Quneitra and Daraa provinces, ended"
                + " with the arrest of 12 smugglers.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Hawran plain", "Hawran plain", "RGN"),
                place("Quneitra", "Quneitra", "ADM1"), place("Daraa", "Daraa", "ADM1")), List.of(), List.of());
        assertEquals("Hawran plain", events.get(0).location().text());
        assertEquals(3, events.get(0).location().geoPrecision());
    }

    @Test
    void theNextSentenceHappensWhereThePreviousActionDid() {
        String text = "Police stormed a farm in the town of Nawa, west of Sheikh Miskin. During the search, three"
                + " rifles and a box of grenades were seized.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Nawa", "Nawa", "PPL"),
                place("Sheikh Miskin", "Sheikh Miskin", "PPL")), List.of(), List.of());
        Event seizure = events.stream().filter(e -> "Disrupted weapons use".equals(e.subEventType())).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("Nawa", seizure.location().text());
    }

    @Test
    void askingForAidIsARequest() {
        List<Event> events = events("Officials said Lebanon has asked Cyprus for humanitarian aid after the floods.");
        assertTrue(events.stream().anyMatch(e -> "REQUEST".equals(e.plover())), events.toString());
        assertTrue(events.stream().noneMatch(e -> "AID".equals(e.plover())), events.toString());
    }

    @Test
    void analysisIsNotAConfidentEvent() {
        for (String text : List.of(
                "Negotiations between the two parties suggest mounting distrust over the ceasefire.",
                "Meetings among tribal elders have raised concerns about how the army would defend the roads.",
                "The police have been stepping up raids aimed at dismantling smuggling networks in the north.",
                "Officials warned of the valley being one of the last routes open to the rebels.")) {
            assertTrue(events(text).stream().noneMatch(e -> "occurred".equals(e.status()) && e.confidence() >= 0.4),
                    text + " -> " + events(text));
        }
    }

    @Test
    void aPassiveShootingIsAnAttack() {
        List<Event> events = events("A local councillor was shot outside a bakery on Sunday evening.");
        assertEquals("political_violence", events.get(0).category(), events.toString());
    }

    @Test
    void aPatrolIsAStrategicDevelopment() {
        List<Event> events = events("Army units patrolled the market streets after the curfew was lifted.");
        assertTrue(events.stream().anyMatch(e -> "Strategic developments".equals(e.eventType())),
                events.toString());
    }

    @Test
    void aProtestBrokenUpByArrestsIsAProtestEvent() {
        List<Event> events = events("Riot police detain students during a rally against tuition fees in the capital.");
        assertTrue(events.stream().anyMatch(e -> "demonstration".equals(e.category())), events.toString());
    }

    @Test
    void anAnnouncedBoycottIsAThreat() {
        List<Event> events = events("The farmers' union said it would boycott the harvest talks unless prices rise.");
        assertTrue(events.stream().anyMatch(e -> "THREATEN".equals(e.plover())), events.toString());
    }

    @Test
    void aComplaintAboutAStrikeIsAnAccusation() {
        List<Event> events = events("Jordan complained to the Security Council about an Israeli airstrike near"
                + " its border.");
        assertTrue(events.stream().anyMatch(e -> "ACCUSE".equals(e.plover())), events.toString());
    }

    @Test
    void plannedEventWithoutAPloverTypeIsCodedNotCrashed() {
        List<Event> events = events("Prosecutors will charge the gang leaders with extortion next week.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("crime", events.get(0).category());
        assertEquals("planned", events.get(0).status());
        assertNull(events.get(0).plover());
    }

    @Test
    void whatAGroupOnceDidIsBackgroundLessSureThanWhatItDoes() {
        List<Event> reported = events("Two militias, active in attacks against army convoys, now run checkpoints.");
        double news = reported.stream().mapToDouble(Event::confidence).max().orElse(0);
        List<Event> background = events("Two militias, once active in attacks against army convoys, now run"
                + " checkpoints.");
        assertTrue(background.stream().allMatch(e -> e.confidence() < 0.4 && e.confidence() < news),
                background + " / " + reported);
    }

    @Test
    void prisonersHeldThenFreedAreAReleaseNotAnArrest() {
        List<Event> events = events("Local sources said several students held in the central prison were freed"
                + " on Monday.");
        assertTrue(events.stream().noneMatch(e -> "Arrests".equals(e.subEventType())), events.toString());
    }

    @Test
    void aFormerRoleIsNoAttack() {
        List<Event> events = events("Some militias, once active in attacks on foreign bases, now question their"
                + " backers' support.");
        assertTrue(events.stream().noneMatch(e -> "Attack".equals(e.subEventType())), events.toString());
    }

    @Test
    void aTollInTheNextSentenceBelongsToTheEvent() {
        List<Event> events = events("Militants attacked an army post near the border on Monday. Nine soldiers were"
                + " killed.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(9, events.get(0).fatalities());
    }

    @Test
    void aTollTooWeakToBeAnEventStillCounts() {
        List<Event> events = events("Militants attacked an army post near the border on Monday. Two soldiers died and"
                + " three others were wounded.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(2, events.get(0).fatalities());
        assertEquals(3, events.get(0).injured());
    }

    @Test
    void aTollAfterASentenceThatToldNoEventIsTheLeadsToll() {
        String text = "Fighting broke out between two armed brigades in the capital on Monday night. It stopped on"
                + " Tuesday morning. The health ministry said on Wednesday that 55 people had been killed.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Monday night", "2024-12-02", "day"),
                date("Tuesday morning", "2024-12-03", "day"), date("Wednesday", "2024-12-04", "day")), List.of());
        Event clash = events.stream().filter(e -> "Armed clash".equals(e.subEventType())).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(55, clash.fatalities(), events.toString());
    }

    @Test
    void aVictimShotDeadInTheNextSentenceIsTheLeadsToll() {
        List<Event> events = events("Bandits abducted twenty villagers from a farm on Monday. One man who tried to"
                + " resist was shot dead.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Abduction/forced disappearance", events.get(0).subEventType());
        assertEquals(1, events.get(0).fatalities());
    }

    @Test
    void theDayASourceSpokeDoesNotDateTheToll() {
        String text = "A missile struck a factory in the city on Tuesday. The governor said on Wednesday that four"
                + " people had died.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Tuesday", "2024-12-03", "day"),
                date("Wednesday", "2024-12-04", "day")), List.of());
        assertEquals(1, events.size(), events.toString());
        assertEquals(4, events.get(0).fatalities());
        assertEquals("2024-12-03", events.get(0).eventDate());
    }

    @Test
    void anUndatedFollowUpOfTheSameTypeIsTheSameEvent() {
        String text = "On 9 May, tribal fighters clashed with army troops near the river crossing. The fighting went"
                + " on until dusk and four soldiers were killed.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("9 May", "2024-05-09", "day")), List.of());
        List<Event> clashes = events.stream().filter(e -> "Armed clash".equals(e.subEventType())).toList();
        assertEquals(1, clashes.size(), events.toString());
        assertEquals("2024-05-09", clashes.get(0).eventDate());
        assertEquals(4, clashes.get(0).fatalities());
    }

    @Test
    void anUndatedFollowUpTakesTheDayOfTheLastSentenceThatToldAnEvent() {
        String text = "On Sunday, militants attacked a checkpoint outside the town. Nobody was hurt. Soldiers later"
                + " arrested ten suspects in a nearby village.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Sunday", "2024-12-01", "day")), List.of());
        Event arrests = events.stream().filter(e -> "Arrests".equals(e.subEventType())).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("2024-12-01", arrests.eventDate());
        assertEquals(1, arrests.timePrecision());
    }

    @Test
    void aProtestMetByThePoliceInTheNextSentenceIsOneProtestWithIntervention() {
        String text = "On Sunday, hundreds of graduates marched to the ministry to demand jobs. Riot police fired"
                + " tear gas to disperse them.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Sunday", "2024-12-01", "day")), List.of());
        assertEquals(1, events.size(), events.toString());
        assertEquals("Protest with intervention", events.get(0).subEventType());
        assertEquals("2024-12-01", events.get(0).eventDate());
    }

    @Test
    void arrestsMadeWhileBreakingUpAProtestArePartOfTheIntervention() {
        List<Event> events = events("On Sunday, police fired tear gas to disperse hundreds of protesters who had"
                + " blocked the main road, detaining at least 15 of them.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Protests", events.get(0).eventType(), events.toString());
    }

    @Test
    void aClaimForAnAttackToldBeforeNamesItsActor() {
        String text = "A car bomb exploded near a bus station on Monday, killing three people. The Islamic State"
                + " group claimed the attack a day later.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Monday", "2024-12-02", "day")),
                List.of(actor("Islamic State", "rebel", "IQ")));
        assertEquals(1, events.size(), events.toString());
        assertEquals("Remote explosive/landmine/IED", events.get(0).subEventType());
        assertEquals("Islamic State", events.get(0).actor1().name());
        assertEquals(3, events.get(0).fatalities());
    }

    @Test
    void aClaimThatTellsOfExplosiveBeltsMakesTheBlastsASuicideBombing() {
        String text = "Two blasts tore through a crowd near the shrine on Wednesday, killing at least 40 people. On"
                + " Thursday, the Islamic State group claimed responsibility, saying two of its members had"
                + " detonated explosive belts.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Wednesday", "2024-12-04", "day"),
                date("Thursday", "2024-12-05", "day")), List.of(actor("Islamic State", "rebel", "IQ")));
        Event top = events.stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
        assertEquals("2024-12-04", top.eventDate(), events.toString());
        assertEquals(40, top.fatalities(), events.toString());
        assertEquals("Suicide bomb", top.subEventType(), events.toString());
    }

    @Test
    void aDisownedClaimNamesNobody() {
        String text = "Gunmen attacked an army checkpoint near the town on Tuesday, killing three soldiers. No group"
                + " has claimed the attack, but the Islamic State group is active in the area.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Tuesday", "2024-12-03", "day")),
                List.of(actor("Islamic State", "rebel", "IQ")));
        assertTrue(events.stream().noneMatch(e -> "claim".equals(e.category())), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.actor1() != null && "Islamic State".equals(e.actor1().name())),
                events.toString());
    }

    @Test
    void aClaimWithNoAttackToldStaysAClaim() {
        String text = "The Islamic State group claimed responsibility for Monday's bombing in a statement.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(), List.of(actor("Islamic State", "rebel", "IQ")));
        assertTrue(events.stream().anyMatch(e -> "claim".equals(e.category())), events.toString());
    }

    @Test
    void aPlannedEventRanksBelowTheOneThatHappened() {
        String text = "Hundreds of teachers marched through the capital on Saturday to demand higher pay. Union"
                + " leaders said a larger march was planned for next week.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Saturday", "2024-11-30", "day")), List.of());
        Event marched = events.stream().filter(e -> "occurred".equals(e.status())).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertTrue(events.stream().allMatch(e -> e == marched || e.confidence() < marched.confidence()),
                events.toString());
    }

    @Test
    void anAttackLongBeforeTheReportIsItsBackground() {
        String text = "On 3 December, gunmen attacked a farming village near the river, killing four farmers. The"
                + " same village was attacked in March 2023, when twelve people were killed.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("3 December", "2024-12-03", "day"),
                date("March 2023", "2023-03", "month")), List.of());
        Event lead = events.stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
        assertEquals("2024-12-03", lead.eventDate(), events.toString());
        assertEquals(4, lead.fatalities());
    }

    @Test
    void aParticipleBeforePeopleDescribesThemAndTellsNoAct() {
        List<Event> events = events("Mothers of mobilised soldiers gathered outside the ministry on Saturday to"
                + " demand their sons' return.");
        assertEquals("Peaceful protest", events.get(0).subEventType(), events.toString());
    }

    @Test
    void anArmedGroupNamedAnArmyOvertakesTerritory() {
        String text = "The Arakan Army said it had taken control of the town on Monday after the last junta"
                + " positions fell.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(), List.of(actor("Arakan Army", "rebel", "MM")));
        assertEquals("Non-state actor overtakes territory", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aRallyInSupportIsAProtest() {
        List<Event> events = events("Several hundred people gathered on Saturday at the central square of the capital"
                + " to voice support for the new government.");
        assertEquals("Peaceful protest", events.get(0).subEventType(), events.toString());
    }

    @Test
    void howAReportedEventBeganIsNoNewEvent() {
        String text = "On Tuesday, rioters hurled stones at police and looted shops in the market. The demonstration"
                + " began as a march against tax rises the week before.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Tuesday", "2024-12-03", "day"),
                date("the week before", "2024-11-27", "week")), List.of());
        assertTrue(events.stream().noneMatch(e -> "2024-11-27".equals(e.eventDate())), events.toString());
    }

    @Test
    void anEarlierAttacksTollStaysWithIt() {
        List<Event> events = events("Missiles hit a residential building in the city on Thursday, killing five"
                + " people. The strike came days after a bombing of a market that left more than ten dead.");
        Event lead = events.get(0);
        assertEquals(5, lead.fatalities(), events.toString());
    }

    @Test
    void weaponsTheAttackersUsedWereNotSeized() {
        List<Event> events = events("Rebels raided farms near the town on Thursday night, killing eleven civilians"
                + " with machetes and firearms.");
        assertEquals("Attack", events.get(0).subEventType(), events.toString());
        assertEquals(11, events.get(0).fatalities());
    }

    @Test
    void theFightingBeforeATakeoverRanksBelowIt() {
        List<Event> events = events("The rebels said on Saturday that their fighters had captured the regional army"
                + " headquarters, completing their takeover of the town after weeks of fighting with the army.");
        Event top = events.stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
        assertEquals("Non-state actor overtakes territory", top.subEventType(), events.toString());
    }

    @Test
    void peacekeepersHandingTheirCampOverTransferTerritory() {
        List<Event> events = events("On Saturday, the peacekeepers completed their withdrawal and handed the camp over"
                + " to the national army.");
        assertEquals("Non-violent transfer of territory", events.get(0).subEventType(), events.toString());
    }

    @Test
    void theDeedHeldAgainstAVictimIsNoAct() {
        List<Event> events = events("An angry crowd beat to death a man suspected of kidnapping a child on Thursday.");
        assertEquals("Mob violence", events.get(0).subEventType(), events.toString());
        assertTrue(events.stream().noneMatch(e -> "Abduction/forced disappearance".equals(e.subEventType())),
                events.toString());
    }

    @Test
    void whatAProtestIsAgainstNeitherPlacesNorPlansIt() {
        String text = "Hundreds of supporters of the cleric stormed the embassy in Baghdad on Thursday and set it on"
                + " fire, in protest at a planned burning of the Koran in Stockholm.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Baghdad", "Baghdad", "PPLC"),
                place("Stockholm", "Stockholm", "PPLC")), List.of(), List.of());
        Event top = events.stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
        assertEquals("occurred", top.status(), events.toString());
        assertEquals("Baghdad", top.location().name(), events.toString());
    }

    @Test
    void aReportedArrestRanksBelowTheAttackItFollows() {
        String text = "On Friday, gunmen opened fire on tourists in a market, killing six people. He said four"
                + " suspects had been arrested.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Friday", "2024-11-29", "day")), List.of());
        Event top = events.stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
        assertEquals("Attack", top.subEventType(), events.toString());
    }

    @Test
    void tearGasDroppedFromDronesIsAChemicalWeapon() {
        List<Event> events = events("Troops dropped grenades filled with CS gas from drones onto enemy trenches on"
                + " Monday.");
        assertEquals("Chemical weapon", events.get(0).subEventType(), events.toString());
    }

    @Test
    void marchingPeacefullyTransfersNoTerritory() {
        List<Event> events = events("Police fired live rounds at demonstrators who were marching peacefully through"
                + " the town on Tuesday, killing two young men.");
        assertTrue(events.stream().noneMatch(e -> "Non-violent transfer of territory".equals(e.subEventType())),
                events.toString());
    }

    @Test
    void theAreaThatSituatesATownIsNotThePlace() {
        String text = "A crowd in Taxco, in Mexico's Guerrero state, beat a man to death on Thursday.";
        Mentions.TestTexts.use(text);
        int town = text.indexOf("Taxco");
        int area = text.indexOf("Guerrero");
        List<Event> events = events(text, List.of(
                new PlaceMention(town, town + 5, "Taxco", 2L, "Taxco", 18.55, -99.6, "MX", "Guerrero", null, "PPLA2",
                        0.9),
                new PlaceMention(area, area + 8, "Guerrero", 3L, "Guerrero", 17.6, -99.9, "MX", "Guerrero", null,
                        "ADM1", 0.9)), List.of(), List.of());
        assertEquals("Taxco", events.get(0).location().name(), events.toString());
    }

    @Test
    void aFireSomeoneSetsIsArsonNotADisaster() {
        List<Event> events = events("Gang members stormed the village on Thursday, setting dozens of houses on fire.");
        assertTrue(events.stream().noneMatch(e -> "man_made_disaster".equals(e.category())), events.toString());
        assertTrue(events.stream().noneMatch(e -> "natural_disaster".equals(e.category())), events.toString());
    }

    @Test
    void gunmenStormingATownIsNoStorm() {
        List<Event> events = events("Gunmen stormed the town on Monday and took control of its police station.");
        assertTrue(events.stream().noneMatch(e -> "natural_disaster".equals(e.category())), events.toString());
    }

    @Test
    void protestersWhoThrowStonesRiotWhateverTheirGrievance() {
        List<Event> events = events("Students protesting a bus fare rise threw stones at police and set a bus on"
                + " fire on Tuesday.");
        assertEquals("Violent demonstration", events.get(0).subEventType(), events.toString());
    }

    @Test
    void withoutADatedSentenceBeforeItAnEventKeepsThePublicationDate() {
        List<Event> events = events("Militants attacked a checkpoint outside the town. Soldiers later arrested ten"
                + " suspects in a nearby village.");
        assertTrue(events.size() >= 2, events.toString());
        assertTrue(events.stream().allMatch(e -> "2024-12-05".equals(e.eventDate()) && e.timePrecision() == 2),
                events.toString());
    }

    @Test
    void aGangOpeningFireOnResidentsIsAnAttackNotACrime() {
        List<Event> events = events("Members of an armed gang opened fire on residents of a poor district on"
                + " Tuesday, killing five people.");
        assertEquals("Attack", events.get(0).subEventType(), events.toString());
        assertEquals(5, events.get(0).fatalities());
    }

    @Test
    void aGangThatRobsAShopIsACrime() {
        List<Event> events = events("A gang robbed a jewellery shop in the old market on Tuesday.");
        assertTrue(events.stream().noneMatch(e -> e.eventType() != null), events.toString());
    }

    @Test
    void aTollBesideAnotherEventInItsSentenceStillGoesToTheLead() {
        String text = "On 3 March, two militias fought in the streets of the port city. At least 20 people were"
                + " killed before a ceasefire was agreed the next day.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("3 March", "2024-03-03", "day"),
                date("the next day", "2024-03-04", "day")), List.of());
        Event clash = events.stream().filter(e -> "Armed clash".equals(e.subEventType())).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(20, clash.fatalities(), events.toString());
        assertEquals("2024-03-03", clash.eventDate());
        assertTrue(events.stream().noneMatch(e -> "Attack".equals(e.subEventType())), events.toString());
    }

    @Test
    void aTollAfterTwoActsGoesToTheDeadlyOne() {
        List<Event> events = events("On Friday, protesters clashed with police and burned cars in the market town."
                + " Three rioters were killed.");
        assertTrue(events.stream().anyMatch(e -> "Riots".equals(e.eventType()) && Integer.valueOf(3).equals(
                e.fatalities())), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.evidence().start() > 70), events.toString());
    }

    @Test
    void aMonthNameDoesNotTurnAShootingIntoAProtest() {
        List<Event> events = events("On 3 March, gunmen shot dead a village chief near the river.");
        assertTrue(events.stream().anyMatch(e -> "Attack".equals(e.subEventType())), events.toString());
    }

    @Test
    void describingAnEventAlreadyReportedIsNoNewEvent() {
        List<Event> events = events("The protests were the largest in the region since 2019, when crowds stormed"
                + " the parliament.");
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void troopsSentToPreventProtestsAreNoProtest() {
        List<Event> events = events("The government deployed extra troops to the capital in anticipation of mass"
                + " demonstrations on Friday.");
        assertTrue(events.stream().noneMatch(e -> "Protests".equals(e.eventType())), events.toString());
    }

    @Test
    void anAfterClauseIsThePreludeOfTheToldAct() {
        List<Event> events = events("Rebels took control of the border town after heavy fighting with the army.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Non-state actor overtakes territory", events.get(0).subEventType());
    }

    @Test
    void aTollBeforeAnAfterClauseIsToldByIt() {
        List<Event> events = events("Twelve people were killed after two suicide bombers struck the market.");
        assertTrue(events.stream().anyMatch(e -> "Suicide bomb".equals(e.subEventType())), events.toString());
    }

    @Test
    void suspendedAidIsASanction() {
        List<Event> events = events("The World Bank suspended development aid to the junta on Monday.");
        assertTrue(events.stream().anyMatch(e -> "SANCTION".equals(e.plover())), events.toString());
    }

    @Test
    void whatAMinisterSaysOthersMustDoIsARequest() {
        List<Event> events = events("The foreign minister said the militias must hand over their weapons.");
        assertTrue(events.stream().anyMatch(e -> "REQUEST".equals(e.plover())), events.toString());
        assertTrue(events.stream().noneMatch(e -> "RETREAT".equals(e.plover())), events.toString());
    }

    @Test
    void aLiftedCurfewIsAConcession() {
        List<Event> events = events("The governor lifted the curfew in the northern city on Friday.");
        assertTrue(events.stream().anyMatch(e -> "CONCEDE".equals(e.plover())), events.toString());
    }

    @Test
    void blamingSomeoneForABombingIsAnAccusation() {
        List<Event> events = events("Villagers blamed the army for the bombing of the market.");
        assertTrue(events.stream().anyMatch(e -> "ACCUSE".equals(e.plover())), events.toString());
    }

    @Test
    void anEventToldInARelativeClauseIsLessSure() {
        Event aside = events("A businessman is suing the government over his factory, which was shelled by the army"
                + " in May.").stream().filter(e -> "ASSAULT".equals(e.plover())).findFirst().orElseThrow();
        Event told = events("A businessman is suing the government over his factory. It was shelled by the army"
                + " in May.").stream().filter(e -> "ASSAULT".equals(e.plover())).findFirst().orElseThrow();
        assertTrue(aside.confidence() < told.confidence(), aside + " " + told);
    }

    /** The PLOVER type of the most confident event, as the PLOVER evaluation reads it. */
    private static String topPlover(String text) {
        List<Event> events = events(text);
        Event best = null;
        for (Event e : events) {
            if (best == null || e.confidence() > best.confidence()) {
                best = e;
            }
        }
        return best == null ? null : best.plover();
    }

    @Test
    void anAnnouncedVisitOrDeliveryIsAnIntentToCooperate() {
        assertEquals("AGREE", topPlover("The Interior Minister of Chile will visit Peru in May, the ministry said."));
        assertEquals("AGREE", topPlover("The agency will provide 3,000 tons of emergency food aid to refugees in the"
                + " north."));
    }

    @Test
    void aPeaceAgreementAfterSinceOnlyDatesTheAct() {
        assertEquals("RETREAT", topPlover("Hundreds of guerrillas have been demobilised since the March peace"
                + " agreement, a commander said."));
    }

    @Test
    void whatAHostageTakerHadDoneIsBackgroundToTheRelease() {
        assertEquals("AGREE", topPlover("The rebels said they will release the engineer, whom they had kidnapped in"
                + " March."));
    }

    @Test
    void aRelativeClauseRanksBelowTheMainStatement() {
        assertEquals("ACCUSE", topPlover("The charity is suing the ministry over the clinic which was destroyed by an"
                + " air strike last year."));
    }

    @Test
    void demandsPressedByBlockingRoadsAreAProtest() {
        assertEquals("PROTEST", topPlover("Farmers blocked the main roads on Monday to press their demands for higher"
                + " prices."));
        assertEquals("CONCEDE", topPlover("The opposition conceded at last to demands from the unions to reform the"
                + " courts."));
    }

    @Test
    void withdrawnMonitorsAreASanctionAndALiftedSiegeARetreat() {
        assertEquals("SANCTION", topPlover("The UN pulled out its monitors from the border zone on Sunday."));
        assertEquals("RETREAT", topPlover("The army lifted the siege of the town on Tuesday."));
        assertEquals("SANCTION", topPlover("The agency reduced food supplies to the camp after thefts."));
    }

    @Test
    void theCauseOfAnActNeitherTypesItNorSetsItsStatus() {
        assertEquals("THREATEN", topPlover("The governor will extend the curfew in response to the recent riots."));
        assertEquals("THREATEN", topPlover("The government issued an ultimatum to the rebels to halt attacks on the"
                + " highway."));
    }

    @Test
    void onATieTheStatementToldFirstWins() {
        assertEquals("SUPPORT", topPlover("The chancellor welcomed the proposal as a basis for talks."));
        assertEquals("ACCUSE", topPlover("The farmer is suing the company for damages to his land."));
    }

    @Test
    void prisonersFreedUnderADealAreAnAgreement() {
        assertTrue(events("The government freed 40 prisoners as part of the deal with the rebels.").stream()
                .anyMatch(e -> "Agreement".equals(e.subEventType())));
    }

    @Test
    void newCuesNameTheirActs() {
        assertEquals("REJECT", topPlover("The minister reneged on his pledge to hold a referendum."));
        assertEquals("ASSAULT", topPlover("Militias carried out ethnic cleansing in the valley, a report said."));
    }

    @Test
    void lettingInspectorsInIsARetreatAndSendingThemAnInvestigation() {
        assertEquals("RETREAT", topPlover("The government received a mission of observers from the African Union on"
                + " Monday."));
        assertEquals("AGREE", topPlover("The ministry said it would allow the return of the nuclear inspectors next"
                + " month."));
        assertEquals("ACCUSE", topPlover("The agency dispatched inspectors to the reactor to check the seals."));
    }

    @Test
    void aDemandStaysARequestWhenWhatIsAskedIsARefusal() {
        Event demand = events("The council demanded that member states refuse to buy oil from the regime.").get(0);
        assertEquals("REQUEST", demand.plover());
        assertEquals("occurred", demand.status());
    }

    @Test
    void seizingANamedPlaceTakesTerritory() {
        String text = "Rebel fighters seized most of Kaleh, a market town on the river, on Monday.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Kaleh", "Kaleh", "PPL")), List.of(), List.of());
        assertEquals("Non-state actor overtakes territory", events.get(0).subEventType(), events.toString());
        String weapons = "Troops seized rifles and ammunition in Kaleh on Monday.";
        Mentions.TestTexts.use(weapons);
        events = events(weapons, List.of(place("Kaleh", "Kaleh", "PPL")), List.of(), List.of());
        assertEquals("Disrupted weapons use", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aStrikeANationMakesIsNoWalkout() {
        List<Event> events = events("A Turkish strike destroyed a farmhouse near the border, killing four people.");
        assertEquals("Air/drone strike", events.get(0).subEventType(), events.toString());
        assertEquals(4, events.get(0).fatalities());
        events = events("Teachers went on strike across the province over unpaid wages.");
        assertEquals("Peaceful protest", events.get(0).subEventType(), events.toString());
    }

    @Test
    void beatingSomeoneToDeathIsMobViolence() {
        List<Event> events = events("Villagers beat a suspected cattle thief to death on Sunday.");
        assertEquals("Mob violence", events.get(0).subEventType(), events.toString());
        assertEquals(1, events.get(0).fatalities());
    }

    @Test
    void aCrowdStormingABuildingRiotsButGunmenStormingItAttack() {
        List<Event> events = events("Hundreds of angry farmers stormed the provincial assembly on Monday.");
        assertEquals("Violent demonstration", events.get(0).subEventType(), events.toString());
        events = events("Gunmen stormed a police station on Monday, killing two officers.");
        assertNotEquals("Violent demonstration", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aTollAfterAnAsideGoesToTheFightingItFollows() {
        String text = "On 3 May, two rival brigades fought with heavy weapons in Kaleh, after one of them detained"
                + " the other's commander at Tamor airport. Thirty people, fighters and civilians, were killed.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Kaleh", "Kaleh", "PPL"), place("Tamor", "Tamor", "PPL")),
                List.of(date("3 May", "2024-05-03", "day")), List.of());
        Event clash = events.stream().filter(e -> "Armed clash".equals(e.subEventType())).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(30, clash.fatalities(), events.toString());
    }

    @Test
    void aTollBeforeAnAfterClauseIsTheEventsToll() {
        List<Event> events = events("Doctors said at least 17 people died after a chlorine gas attack on the town.");
        assertEquals("Chemical weapon", events.get(0).subEventType(), events.toString());
        assertEquals(17, events.get(0).fatalities());
    }

    @Test
    void anOutcomeAfterATimeClauseIsTheMainClausesToll() {
        List<Event> events = events("A car bomb exploded outside the ministry minutes after the convoy of the new"
                + " governor of the northern province arrived, killing at least 9 people.");
        assertEquals(9, events.get(0).fatalities(), events.toString());
    }

    @Test
    void whatTheDebrisOfAnInterceptedMissileKillsIsTheInterceptionsToll() {
        List<Event> events = events("Air defences intercepted two missiles over the port city on Monday night. Falling"
                + " debris hit a bus, killing a passenger and wounding four others.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Disrupted weapons use", events.get(0).subEventType());
        assertEquals(1, events.get(0).fatalities());
    }

    @Test
    void theDayASourceSpokeIsNotTheDayOfTheAct() {
        String text = "The group said on Friday that its fighters ambushed an army convoy on Wednesday.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Friday", "2024-12-06", "day"),
                date("Wednesday", "2024-12-04", "day")), List.of());
        assertEquals("2024-12-04", events.get(0).eventDate(), events.toString());
    }

    @Test
    void arrestsToldAfterABombingRankBelowIt() {
        String text = "On Sunday, a bomb exploded at a bus station, killing four people. Police said on Monday they"
                + " had arrested two men suspected of planting it.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Sunday", "2024-12-01", "day"),
                date("Monday", "2024-12-02", "day")), List.of());
        Event top = events.stream().max(java.util.Comparator.comparingDouble(Event::confidence)).orElseThrow();
        assertEquals("Remote explosive/landmine/IED", top.subEventType(), events.toString());
        assertTrue(events.stream().anyMatch(e -> "Arrests".equals(e.subEventType())), events.toString());
    }

    @Test
    void gunmenWhoFoughtSoldiersClashed() {
        List<Event> events = events("Cartel gunmen fought soldiers in the city centre for five hours.");
        assertEquals("Armed clash", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aRocketPropelledGrenadeIsNoHandGrenade() {
        List<Event> events = events("Militants fired a rocket-propelled grenade at a police post on Monday.");
        assertEquals("Shelling/artillery/missile attack", events.get(0).subEventType(), events.toString());
        events = events("Both sides traded fire with rifles and rocket-propelled grenades for hours.");
        assertEquals("Armed clash", events.get(0).subEventType(), events.toString());
    }

    @Test
    void carryingOffStudentsIsAnAbduction() {
        List<Event> events = events("Gunmen raided a boarding school at night and carried off dozens of students.");
        assertEquals("Abduction/forced disappearance", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aGangTakingATownIsPoliticalViolence() {
        List<Event> events = events("Gang members attacked the town, overran police positions and freed inmates.");
        assertEquals("political_violence", events.get(0).category(), events.toString());
    }

    @Test
    void aSiteNamedBeforeItsCityIsPlacedThere() {
        String text = "A grenade was thrown into the crowd in Tahrir Square, Cairo, on Friday.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Cairo", "Cairo", "PPLC")), List.of(), List.of());
        assertEquals(1.0, events.get(0).location().lat(), events.toString());
    }

    @Test
    void aBattleThatChangesWhoHoldsAPlaceIsTheTakeover() {
        String text = "Rebels attacked Kaleh at dawn, overran army positions and took control of most of the town.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Kaleh", "Kaleh", "PPL")), List.of(), List.of());
        assertEquals("Non-state actor overtakes territory", events.get(0).subEventType(), events.toString());
        text = "The rebel alliance said it had taken full control of Kaleh after weeks of fighting with troops.";
        Mentions.TestTexts.use(text);
        events = events(text, List.of(place("Kaleh", "Kaleh", "PPL")), List.of(), List.of());
        assertEquals("Non-state actor overtakes territory", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aRevisedTollOfTheBlastsIsTheirToll() {
        List<Event> events = events("Two suicide bombers blew themselves up at a market on Monday. Officials revised"
                + " the death toll from the twin blasts to 31 and said 70 people were wounded.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(31, events.get(0).fatalities());
    }

    @Test
    void aBurningBuildingIsWhereVictimsDiedNotAnArson() {
        List<Event> events = events("Rioters clashed with police in the capital on Friday. Three people died,"
                + " including a guard trapped in a burning building.");
        assertTrue(events.stream().noneMatch(e -> "Looting/property destruction".equals(e.subEventType())),
                events.toString());
    }

    @Test
    void settingABuildingAblazeIsNoPlan() {
        List<Event> events = events("Gunmen opened fire on shoppers at the mall and then set the building ablaze.");
        assertTrue(events.stream().noneMatch(e -> "planned".equals(e.status())), events.toString());
    }

    @Test
    void aSiteTheGazetteerLacksIsPlacedAtTheTownNamedWithIt() {
        String text = "Drones struck Tel Hamra village, 20 km from Kaleh, on Monday, killing five people.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Kaleh", "Kaleh", "PPL")), List.of(), List.of());
        assertEquals("Tel Hamra", events.get(0).location().text(), events.toString());
        assertEquals(1.0, events.get(0).location().lat());
        assertEquals(2, events.get(0).location().geoPrecision());
    }

    @Test
    void theClosingCountOfAnAcledNoteIsTheEventsToll() {
        List<Event> events = events("On 2 May 2024, militants attacked an army post near the border (Djibo, Soum)."
                + " 14 fatalities.");
        assertEquals(14, events.get(0).fatalities(), events.toString());
    }

    @Test
    void anAttemptInACircumstanceClauseIsNotTheActs() {
        List<Event> events = events("A suicide bomber struck crowds outside the airport on Thursday, as thousands"
                + " tried to reach the last flights.");
        assertEquals("occurred", events.get(0).status(), events.toString());
    }

    @Test
    void arrestsToldBeforeTheProtestTheyBrokeUpArePartOfTheIntervention() {
        List<Event> events = events("Police detained more than 200 people in the capital on Saturday, as thousands"
                + " rallied in support of a jailed opposition leader.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Protest with intervention", events.get(0).subEventType());
    }

    @Test
    void aNerveAgentAttackIsAChemicalWeapon() {
        List<Event> events = events("A suspected nerve-agent attack on the town killed at least 40 people.");
        assertEquals("Chemical weapon", events.get(0).subEventType(), events.toString());
    }

    @Test
    void theTollOfTheEventARiotFollowsIsNotTheRiots() {
        List<Event> events = events("Rioters threw stones at the town hall last night, a day after two teenagers were"
                + " shot dead by police.");
        assertEquals("Violent demonstration", events.get(0).subEventType(), events.toString());
        assertNull(events.get(0).fatalities(), events.toString());
    }

    @Test
    void aBaseHandedToAnotherArmyChangesHandsWithoutAFight() {
        List<Event> events = events("Foreign troops completed their pull-out from the airfield near the capital on"
                + " Monday, handing the last logistics base over to the national army.");
        assertEquals("Non-violent transfer of territory", events.get(0).subEventType(), events.toString());
        events = events("The mission withdrew from its camp outside the town and handed it over to local forces.");
        assertEquals("Non-violent transfer of territory", events.get(0).subEventType(), events.toString());
    }

    @Test
    void weaponsListedAfterAFightVerbAreItsInstruments() {
        List<Event> events = events("Two rival cartels fought with rifles, grenades and machetes inside the city jail"
                + " on Sunday, leaving at least 40 prisoners dead.");
        assertEquals("Armed clash", events.get(0).subEventType(), events.toString());
        assertEquals(40, events.get(0).fatalities(), events.toString());
    }

    @Test
    void lastYearsActIsBackgroundToTodaysMarch() {
        List<Event> events = events("Thousands marched through the port city on Friday to demand answers over last"
                + " year's warehouse explosion.");
        assertEquals("Peaceful protest", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aGrievancesTollIsNotTheProtests() {
        List<Event> events = events("Tens of thousands rallied in the capital on Sunday, demanding justice for the"
                + " collapse of a shopping centre roof last month that killed nine people. The march passed off"
                + " peacefully.");
        Event rally = events.stream().filter(e -> "Protests".equals(e.eventType())).findFirst().orElseThrow();
        assertEquals("Peaceful protest", rally.subEventType(), events.toString());
        assertNull(rally.fatalities(), events.toString());
    }

    @Test
    void aRunningTotalOverAPeriodIsNoEventsToll() {
        List<Event> events = events("Thousands of students marched peacefully through the capital on Tuesday. Two"
                + " weeks of unrest over fuel prices have left at least 11 people dead.");
        assertEquals("Peaceful protest", events.get(0).subEventType(), events.toString());
        assertNull(events.get(0).fatalities(), events.toString());
    }

    @Test
    void aCrowdThatBurnsCaptivesAliveIsAMob() {
        List<Event> events = events("A crowd dragged four suspected robbers out of a police van on Sunday, beat"
                + " them and burned them alive, witnesses said.");
        assertEquals("Mob violence", events.get(0).subEventType(), events.toString());
        assertEquals(4, events.get(0).fatalities(), events.toString());
    }

    @Test
    void oneProtesterWhoDiedIsOneFatality() {
        List<Event> events = events("A student protester died after being shot by riot police during a march on"
                + " the university on Wednesday.");
        assertEquals(1, events.get(0).fatalities(), events.toString());
    }

    @Test
    void troopsEnteringATownItsHolderLeftRegainIt() {
        String text = "Army units entered Kismayo on Sunday after the militants withdrew overnight.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Kismayo", "Kismayo", "PPL")), List.of(), List.of());
        assertEquals("Government regains territory", events.get(0).subEventType(), events.toString());
    }

    @Test
    void noReportsOfFightingIsNoFight() {
        List<Event> events = events("Police sealed off the market on Monday. There were no reports of fighting.");
        assertTrue(events.stream().noneMatch(e -> "Armed clash".equals(e.subEventType())), events.toString());
    }

    @Test
    void banditsStormingAVillageAndShootingResidentsAttackCivilians() {
        List<Event> events = events("Gunmen on horseback stormed a village at dawn, shooting dead nine farmers and"
                + " burning granaries.");
        assertEquals("Attack", events.get(0).subEventType(), events.toString());
        assertEquals(9, events.get(0).fatalities(), events.toString());
    }

    @Test
    void aFactionBreakingAwayChangesTheGroup() {
        List<Event> events = events("A commander of the rebel front said on Sunday that his brigade was breaking"
                + " away from the movement.");
        assertEquals("Change to group/activity", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aGraveFoundIsAStrategicDevelopment() {
        List<Event> events = events("Forensic teams found a mass grave holding at least 30 bodies near the old"
                + " airfield on Tuesday.");
        assertEquals("Other", events.get(0).subEventType(), events.toString());
    }

    @Test
    void anActTwoDaysBeforeTheSentencesDayIsDatedSo() {
        String text = "Markets in the old town stayed closed on Friday, two days after gunmen fought a gun battle"
                + " with police near the bus station.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Friday", "2024-11-29", "day")), List.of());
        assertEquals("Armed clash", events.get(0).subEventType(), events.toString());
        assertEquals("2024-11-27", events.get(0).eventDate(), events.toString());
    }

    @Test
    void aTollToldTheSameDayInTheNextSentenceIsTheSameFights() {
        String text = "Militiamen battled soldiers near the river crossing on Sunday. Medics said six people were"
                + " killed in the fighting on 1 December.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Sunday", "2024-12-01", "day"),
                date("1 December", "2024-12-01", "day")), List.of());
        assertEquals(1, events.stream().filter(e -> "Armed clash".equals(e.subEventType())).count(),
                events.toString());
        assertEquals(6, events.get(0).fatalities(), events.toString());
    }

    @Test
    void aGangsKidnappingIsAnAbductionEvenForRansom() {
        List<Event> events = events("Members of a gang kidnapped a nurse and her two children from their car on"
                + " Tuesday and demanded a ransom.");
        assertEquals("Abduction/forced disappearance", events.get(0).subEventType(), events.toString());
    }

    @Test
    void aTruceThatLapsedIsNoAgreement() {
        List<Event> events = events("Shells struck a school on Saturday, killing a teacher. A truce that lapsed last"
                + " month had done little to stop the shelling.");
        assertTrue(events.stream().noneMatch(e -> "Agreement".equals(e.subEventType())
                && "occurred".equals(e.status())), events.toString());
    }

    @Test
    void suicideBombersAreCountedAmongTheDead() {
        List<Event> events = events("Three suicide bombers blew themselves up outside a police academy on Monday,"
                + " killing four recruits.");
        assertEquals(7, events.get(0).fatalities(), events.toString());
    }

    @Test
    void lossesASideClaimsAreNoClaimOfResponsibility() {
        List<Event> events = events("Rebels battled militants near the ford on Sunday. Their spokesman said four"
                + " rebels were killed and claimed heavy losses among the attackers.");
        assertEquals(4, events.get(0).fatalities(), events.toString());
    }

    @Test
    void aReportedActToldAgainOnAnEarlierDayTakesThatDay() {
        String text = "The death toll from clan fighting near the district centre rose to seven on Wednesday, police"
                + " said. Fighting between the two clans broke out on Monday over grazing land.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Wednesday", "2024-12-04", "day"),
                date("Monday", "2024-12-02", "day")), List.of());
        Event fight = events.stream().filter(e -> "Armed clash".equals(e.subEventType())).findFirst().orElseThrow();
        assertEquals("2024-12-02", fight.eventDate(), events.toString());
        assertEquals(7, fight.fatalities(), events.toString());
    }

    @Test
    void theTollBeforeAWhenClauseIsTheBlasts() {
        List<Event> events = events("Three policemen were killed and two wounded when a roadside bomb hit their"
                + " patrol near the border.");
        Event blast = events.stream().filter(e -> "Remote explosive/landmine/IED".equals(e.subEventType()))
                .findFirst().orElseThrow();
        assertEquals(3, blast.fatalities(), events.toString());
    }

    @Test
    void membersOfAGangKilledInAShootoutAreABattlesToll() {
        List<Event> events = events("One policeman and four members of a drug gang were killed in a shootout in the"
                + " port district.");
        assertEquals("Armed clash", events.get(0).subEventType(), events.toString());
        assertEquals(5, events.get(0).fatalities(), events.toString());
    }

    @Test
    void whatProtestersDemandIsNoRequestOfItsOwn() {
        List<Event> events = events("Mothers of missing activists held a sit-in outside the court on Monday,"
                + " demanding news of their children.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Peaceful protest", events.get(0).subEventType(), events.toString());
    }

    @Test
    void whatAMeetingFollowedIsBackground() {
        List<Event> events = events("Officials of the two countries signed a deal on Wednesday to reopen the border"
                + " road. The meeting followed a clash between border guards earlier in the week.");
        assertTrue(events.stream().noneMatch(e -> "Armed clash".equals(e.subEventType())
                && "occurred".equals(e.status())), events.toString());
    }

    @Test
    void victimsToldAsAlsoKilledAddToTheToll() {
        List<Event> events = events("Troops killed three militants in a gunfight near the checkpoint. One soldier was"
                + " also killed, the army said.");
        assertEquals(4, events.get(0).fatalities(), events.toString());
    }

    @Test
    void aTollReportedAsTheObjectOfReportedFollowsTheClash() {
        List<Event> events = events("Rebels clashed with soldiers near the river. The army reported 2 soldiers and 9"
                + " rebels killed.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(11, events.get(0).fatalities(), events.toString());
    }

    @Test
    void countedGroupsJoinedByAOneCountEveryone() {
        List<Event> events = events("Troops and rebels clashed in the hills, leaving three rebels and a soldier"
                + " dead.");
        assertEquals(4, events.get(0).fatalities(), events.toString());
    }

    @Test
    void bodiesReceivedAreTheFightsDead() {
        List<Event> events = events("Militiamen and troops fought for several hours in the town. A nurse said the"
                + " clinic had received the bodies of five people.");
        assertEquals(5, events.get(0).fatalities(), events.toString());
    }

    @Test
    void aClaimForAnActTheReportDoesNotTellIsThatAct() {
        List<Event> events = events("The rebel front said it was behind the killing of three road workers near the"
                + " mine on Friday.");
        assertEquals("Attack", events.get(0).subEventType(), events.toString());
        assertEquals(3, events.get(0).fatalities(), events.toString());
        events = events("No group has claimed the killing of the three road workers.");
        assertTrue(events.stream().noneMatch(e -> "Attack".equals(e.subEventType())), events.toString());
    }

    @Test
    void aTruceToldAfterTheFightingRanksBelowIt() {
        List<Event> events = events("Rival militias clashed in the port district, killing four fighters. Tribal"
                + " elders brokered a truce late in the evening.");
        Event top = events.stream().max(java.util.Comparator.comparingDouble(Event::confidence)).orElseThrow();
        assertEquals("Armed clash", top.subEventType(), events.toString());
        assertTrue(events.stream().anyMatch(e -> "Agreement".equals(e.subEventType())), events.toString());
    }

    @Test
    void anAttackReadFromItsVictimsIsTypedByItsWeapon() {
        List<Event> events = events("The militia shelled the northern suburbs of the city, killing six civilians and"
                + " wounding ten.");
        assertEquals("Shelling/artillery/missile attack", events.get(0).subEventType(), events.toString());
        assertEquals(6, events.get(0).fatalities(), events.toString());
    }

    @Test
    void victimsOfForceOnAMarchJoinTheProtestEvent() {
        List<Event> events = events("Police fired live rounds at students who were marching through the town centre,"
                + " killing three young men.");
        Event protest = events.stream().filter(e -> "Excessive force against protesters".equals(e.subEventType()))
                .findFirst().orElseThrow();
        assertEquals(3, protest.fatalities(), events.toString());
        assertEquals(1, events.stream().filter(e -> "Protests".equals(e.eventType())).count(), events.toString());
    }

    private static Event top(List<Event> events) {
        return events.stream().max(java.util.Comparator.comparingDouble(Event::confidence)).orElseThrow();
    }

    @Test
    void whereSourcesDifferTheLowestTollStands() {
        assertEquals(12, top(events("A car bomb exploded at a market in the town, killing at least 12 people. A"
                + " hospital source said 17 people were killed.")).fatalities());
        assertEquals(17, top(events("A car bomb exploded at a market in the town, killing at least 12 people. The"
                + " death toll later rose to 17.")).fatalities());
    }

    @Test
    void aNotesClosingCountIsTheFigureOfItsEvent() {
        List<Event> events = events("On 3 May 2024, soldiers clashed with militants near the town. The army said"
                + " 6 militants were killed; 2 soldiers were also killed in the fighting. 8 fatalities.");
        assertEquals(8, top(events).fatalities(), events.toString());
    }

    @Test
    void aSentenceThatOnlyCountsTheDeadIsTheTollOfTheActBefore() {
        List<Event> events = events("Rebels seized control of the town on Tuesday after heavy fighting with the"
                + " army. At least nine people were killed, among them four soldiers, a resident said.");
        assertEquals("Non-state actor overtakes territory", top(events).subEventType(), events.toString());
        assertEquals(9, top(events).fatalities(), events.toString());
    }

    @Test
    void aLaterDeathFromTheWoundsIsTheActsToll() {
        List<Event> events = events("Three people were wounded when a man threw a grenade into a shop late on"
                + " Tuesday. A shopkeeper died of his wounds in hospital on Wednesday.");
        assertEquals(1, top(events).fatalities(), events.toString());
    }

    @Test
    void aTollToldBeforeASayingIsStillCounted() {
        List<Event> events = events("On 3 May 2024, gunmen opened fire on a group of pilgrims near the shrine. The"
                + " ministry reported that 3 pilgrims were killed and said two suspects had been detained.");
        assertEquals("Attack", top(events).subEventType(), events.toString());
        assertEquals(3, top(events).fatalities(), events.toString());
    }

    @Test
    void anotherSourcesWholeTollIsNoMoreVictims() {
        List<Event> events = events("A man blew himself up at a bus stop near the town on Sunday, killing five"
                + " people, police said. A local chief said the bomber was also dead and put the toll at nine.");
        assertEquals(6, top(events).fatalities(), events.toString());
    }

    @Test
    void aPartNamedAfterItsCountLeavesTheCount() {
        List<Event> events = events("Fighting broke out between two militias near the port on Friday. Medics said"
                + " they had recovered the bodies of four people, one of them a fisherman, while a doctor spoke of"
                + " six dead.");
        assertEquals(4, top(events).fatalities(), events.toString());
    }

    @Test
    void theDaysTotalAcrossTheCountryIsNotThisActsToll() {
        List<Event> events = events("Police fired on protesters outside the town hall on Tuesday, killing three"
                + " people, witnesses said. A rights group later said 19 people had been killed across the country"
                + " during the day's protests.");
        assertEquals(3, top(events).fatalities(), events.toString());
    }

    @Test
    void theFirstSentenceTellsTheStorysEvent() {
        List<Event> events = events("A drone dropped a grenade on a minibus near the town early on Saturday, killing"
                + " the driver, the governor said. The region has been hit often; the ministry said air defences shot"
                + " down 20 drones overnight.");
        assertEquals(0, top(events).evidence().start(), events.toString());
        assertEquals(1, top(events).fatalities(), events.toString());
    }

    @Test
    void townsfolkWhoSetSuspectsAlightAreAMob() {
        List<Event> events = events("Villagers beat and set alight three men suspected of stealing goats near the"
                + " market on Sunday. All three died at the scene.");
        assertEquals("Mob violence", top(events).subEventType(), events.toString());
        List<Event> arson = events("Rioters set alight two buses and a police post near the market on Sunday.");
        assertEquals("Riots", top(arson).eventType(), arson.toString());
    }

    @Test
    void aClaimOfAnInterceptedLaunchJoinsTheInterception() {
        List<Event> events = events("Air defences intercepted a missile fired at the port city on Monday morning,"
                + " the army said. The rebels claimed responsibility for the launch.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Disrupted weapons use", top(events).subEventType(), events.toString());
    }

    @Test
    void whatAPartyPledgesIsNotAnAct() {
        List<Event> events = events("Leaders of the two clans signed a peace deal in the town on Monday, vowing to"
                + " stop revenge killings and free abducted herders.");
        assertEquals("Agreement", top(events).subEventType(), events.toString());
    }

    @Test
    void oneSidesDenialIsNoTollOfNone() {
        List<Event> events = events("Troops fought rebels near the town on Tuesday, the army said, reporting four"
                + " rebels and two soldiers killed. The rebels said they had lost no fighters.");
        assertEquals("Armed clash", top(events).subEventType(), events.toString());
        assertEquals(6, top(events).fatalities(), events.toString());
    }

    @Test
    void aBomberWhoKilledHerselfIsASuicideBombing() {
        List<Event> events = events("A young woman detonated explosives strapped to her body at a bus stop in the"
                + " town on Sunday, killing herself and three passengers.");
        assertEquals("Suicide bomb", top(events).subEventType(), events.toString());
        assertEquals(4, top(events).fatalities(), events.toString());
    }

    @Test
    void theOtherSidesDeadToldInALaterSentenceAddUp() {
        List<Event> events = events("Five soldiers were killed when their convoy was ambushed near the town on"
                + " Monday, the army said. It said that a dozen attackers were neutralised.");
        assertEquals(17, top(events).fatalities(), events.toString());
        List<Event> total = events("Five soldiers were killed when their convoy was ambushed near the town on"
                + " Monday, the army said. A local official said eight people had died, including three civilians.");
        assertEquals(5, top(total).fatalities(), total.toString());
    }

    @Test
    void peopleSeizedAreAbducted() {
        List<Event> events = events("Men in an unmarked car seized four student leaders outside a cafe in the"
                + " capital on Monday.");
        assertEquals("Abduction/forced disappearance", top(events).subEventType(), events.toString());
        List<Event> arms = events("Soldiers seized 40 rifles and ammunition from a house in the capital on Monday.");
        assertEquals("Disrupted weapons use", top(arms).subEventType(), arms.toString());
    }

    @Test
    void theOtherSidesDeadInALaterTollSentenceAddOnce() {
        List<Event> events = events("Soldiers repelled an attack on their post near the town on Sunday, killing 14 of"
                + " the assailants, the army said. Three soldiers were killed and several wounded, it said.");
        assertEquals(17, top(events).fatalities(), events.toString());
    }

    @Test
    void aSeparateActToldLaterIsNotTheStory() {
        List<Event> events = events("Gunmen kidnapped 30 passengers from a bus near the town on Friday. A separate"
                + " attack on a market in the district killed six people.");
        assertEquals("Abduction/forced disappearance", top(events).subEventType(), events.toString());
    }

    @Test
    void anUndatedActNoEarlierEventDatesTakesTheLeadsDay() {
        String text = "On Tuesday, thousands of students walked to the bridges over the river to remember the"
                + " victims. The protest passed without incident.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Tuesday", "2024-12-03", "day")), List.of());
        assertEquals("2024-12-03", top(events).eventDate(), events.toString());
    }

    @Test
    void arsonBesideAnAttackOnPeopleIsPartOfTheAttack() {
        List<Event> events = events("Militiamen attacked villagers near the river with machetes and set huts on fire"
                + " on Sunday. Local leaders counted 11 dead.");
        assertEquals("Attack", top(events).subEventType(), events.toString());
        assertEquals(11, top(events).fatalities(), events.toString());
    }

    @Test
    void aTimeOfDayOpensNoClause() {
        List<Event> events = events("Gunmen raided a hostel near the town before dawn on Friday and kidnapped 12"
                + " students.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Abduction/forced disappearance", top(events).subEventType(), events.toString());
    }

    @Test
    void aNotesClosingCountReplacesTheSourcesFigures() {
        List<Event> events = events("On 3 May 2024, a drone struck a truck near the town. Residents said 5 people"
                + " were killed, while a nurse put the toll at three. 3 fatalities.");
        assertEquals(3, top(events).fatalities(), events.toString());
    }

    @Test
    void theOtherSidesDeadAddToTheBattlesToll() {
        List<Event> events = events("Soldiers repelled an assault on their base on Sunday. Three soldiers died,"
                + " while the army said it had neutralised 9 militants.");
        assertEquals("Armed clash", top(events).subEventType(), events.toString());
        assertEquals(12, top(events).fatalities(), events.toString());
    }

    @Test
    void theSameVictimsCountedByAnotherSourceMeetAtTheLowest() {
        List<Event> events = events("Gunmen raided a village near the town on Sunday. An army officer said 8 civilians"
                + " were killed, while a local group said it had counted 13 bodies.");
        assertEquals(8, top(events).fatalities(), events.toString());
    }

    @Test
    void aPartOfTheDeadIsNoNewToll() {
        List<Event> events = events("Gunmen opened fire on a bus near the town, killing four people. One of the dead"
                + " was a child.");
        assertEquals(4, top(events).fatalities(), events.toString());
    }

    @Test
    void anAttackFoughtOffIsABattle() {
        assertEquals("Armed clash", top(events("Soldiers fought off an attack by jihadists on their base on Sunday."))
                .subEventType());
    }

    @Test
    void anEarlierDisastersTollIsNotTheMarchs() {
        List<Event> events = events("Thousands of people marched through the capital on Saturday, two years after a"
                + " ferry sank, killing 90 passengers.");
        Event march = top(events);
        assertEquals("Peaceful protest", march.subEventType(), events.toString());
        assertNull(march.fatalities(), events.toString());
    }

    @Test
    void aWireDatelineGivesNeitherPlaceNorDate() {
        String text = "NAIROBI, Dec 5 (Reuters) - Police shot dead a man in Mombasa on Tuesday.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("NAIROBI", "NAIROBI", "PPLC"),
                        place("Mombasa", "Mombasa", "PPLA")),
                List.of(date("Dec 5", "2024-12-05", "day"), date("Tuesday", "2024-12-03", "day")), List.of());
        assertEquals("Mombasa", top(events).location().text(), events.toString());
        assertEquals("2024-12-03", top(events).eventDate(), events.toString());
    }

    @Test
    void aPlaceInAGroupsNameIsNotWhereItFought() {
        String text = "Fighters of the Union for Peace in the Central African Republic clashed with troops on the"
                + " outskirts of Bria.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(place("Central African Republic", "Central African Republic",
                        "PCLI"), place("Bria", "Bria", "PPLA")), List.of(),
                List.of(actor("Union for Peace in the Central African Republic", "rebel", "CF")));
        assertEquals("Bria", top(events).location().text(), events.toString());
    }

    @Test
    void noCrowdNoProtest() {
        List<Event> events = events("Militants opened fire on a police patrol in the city, leading to an exchange of"
                + " fire.");
        assertTrue(events.stream().noneMatch(e -> "Protests".equals(e.eventType())), events.toString());
    }

    @Test
    void cartelGunmenKillingMenAreAnArmedGroupsAttack() {
        assertEquals("Attack", top(events("Gunmen linked to a local cartel shot dead four men at a car wash."))
                .subEventType());
    }

    @Test
    void anArrestToldAfterTheLeadAndBeforeItsDayIsItsBackground() {
        String text = "Police fired tear gas to disperse thousands of protesters outside city hall on Tuesday. The"
                + " opposition mayor had been detained on Sunday on corruption charges.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Tuesday", "2024-12-03", "day"),
                date("Sunday", "2024-12-01", "day")), List.of());
        assertEquals("Protest with intervention", top(events).subEventType(), events.toString());
    }

    @Test
    void grenadesCarryingAChemicalAgentAreAChemicalWeapon() {
        assertEquals("Chemical weapon", top(events("Drones dropped grenades containing a chemical agent on trenches"
                + " near the village.")).subEventType());
    }

    @Test
    void townsfolkPunishingMenTheyAccuseAreAMob() {
        assertEquals("Mob violence", top(events("Villagers beat and killed two men accused of stealing cattle near"
                + " the market.")).subEventType());
        assertEquals("Mob violence", top(events("Residents seized a man suspected of theft, beat him and set him on"
                + " fire.")).subEventType());
    }

    @Test
    void aCrowdsDestructionIsARiot() {
        assertEquals("Violent demonstration", top(events("Supporters of the jailed governor threw rocks at police and"
                + " set fire to a customs post on Friday.")).subEventType());
    }

    @Test
    void aMotiveNamesNoTarget() {
        assertEquals("Attack", top(events("Rebels shot dead a bus driver near the town, accusing him of spying for"
                + " the security forces.")).subEventType());
    }

    @Test
    void aGatheringThatDemandsIsAProtest() {
        assertEquals("Peaceful protest", top(events("About 200 teachers gathered outside the regional government"
                + " building on Monday, demanding unpaid wages.")).subEventType());
    }

    @Test
    void anArmedStrikeIsAChangeInTheGroupsActivity() {
        assertEquals("Change to group/activity", top(events("The rebel front announced an armed strike across the"
                + " province, ordering all river transport to halt.")).subEventType());
    }

    @Test
    void aSourceHeadingTheSentenceMakesItsTollAnotherFigure() {
        List<Event> events = events("Gunmen killed at least 14 villagers near the wells on Monday. A resident said"
                + " more than twenty bodies had been buried.");
        assertEquals(14, top(events).fatalities(), events.toString());
    }

    @Test
    void aKillingByTheAttackersBelongsToTheirAbduction() {
        List<Event> events = events("Gunmen abducted at least 30 travellers from two buses near the town on Sunday."
                + " The attackers, who came on motorcycles, shot dead one of the drivers.");
        assertEquals("Abduction/forced disappearance", top(events).subEventType(), events.toString());
        assertEquals(1, top(events).fatalities(), events.toString());
    }

    @Test
    void aTollAfterTheBomberAloneIsTheToll() {
        List<Event> events = events("A suicide bomber blew himself up at a checkpoint in the town on Monday. At least"
                + " 12 people were killed, police said.");
        assertEquals(12, top(events).fatalities(), events.toString());
    }

    @Test
    void aSourceReachedByReportersRaisesNoToll() {
        List<Event> events = events("Gunmen killed at least 14 villagers near the wells on Monday. A resident reached"
                + " by phone said more than twenty bodies had been buried.");
        assertEquals(14, top(events).fatalities(), events.toString());
    }

    @Test
    void theCampaignAMarchIsMeasuredAgainstIsNotItsCue() {
        List<Event> events = events("Thousands of people marched through the capital on Saturday to mark one year since"
                + " a mine collapsed, killing 40 workers, the largest gathering since student-led protests began.");
        assertEquals("Peaceful protest", top(events).subEventType(), events.toString());
        assertNull(top(events).fatalities(), events.toString());
    }

    @Test
    void aMarchThatTurnedViolentIsOneViolentDemonstration() {
        List<Event> events = events("On 4 May 2024, about 8,000 people marched through the port city against the"
                + " pension reform. Groups of rioters threw projectiles at police and set fire to bins.");
        assertEquals("Violent demonstration", top(events).subEventType(), events.toString());
        assertEquals(1, events.stream().filter(e -> "Violent demonstration".equals(e.subEventType())).count(),
                events.toString());
    }

    @Test
    void aSecondSourcesTollAfterTheWhenClauseMeetsTheFirstAtTheLowest() {
        List<Event> events = events("Three policemen were killed when their truck hit a roadside bomb near the market"
                + " on Sunday, a police source said, though a local councillor put the toll at four.");
        assertEquals("Remote explosive/landmine/IED", top(events).subEventType(), events.toString());
        assertEquals(3, top(events).fatalities(), events.toString());
    }

    @Test
    void aGrievancesTollAfterACommaIsNotTheProtests() {
        List<Event> events = events("Hundreds of students marched silently through the city on Friday, in solidarity"
                + " with protests demanding accountability for the collapse of a bridge last month, which killed 11"
                + " people.");
        assertEquals("Peaceful protest", top(events).subEventType(), events.toString());
        assertNull(top(events).fatalities(), events.toString());
    }

    @Test
    void whatAPlaceHasSeenIsItsHistory() {
        List<Event> events = events("Gunmen killed two guards at the port on Monday, police said, adding that one"
                + " attacker was killed. The province has seen frequent clashes between the army and separatists.");
        // the lead's act, not the province's history, is the story's
        assertEquals(3, top(events).fatalities(), events.toString());
    }

    @Test
    void aHeadlineIsTheActItsLeadDates() {
        String text = "Gunmen kill six at bar in the town. Armed men burst into a bar in the town centre late on"
                + " Saturday and opened fire on customers, killing six people, police said.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Saturday", "2024-11-30", "day")), List.of());
        assertEquals(1, events.stream().filter(e -> "Attack".equals(e.subEventType())).count(), events.toString());
        assertEquals("2024-11-30", top(events).eventDate(), events.toString());
        assertEquals(6, top(events).fatalities(), events.toString());
    }

    @Test
    void theAttackerDeadInTheBlastAddsToItsToll() {
        String text = "A suicide bomber rammed a car into a checkpoint in the town on Friday, killing five policemen,"
                + " officials said. The police chief told reporters the attacker died in the blast.";
        Mentions.TestTexts.use(text);
        List<Event> events = events(text, List.of(), List.of(date("Friday", "2024-11-29", "day")), List.of());
        assertEquals(6, top(events).fatalities(), events.toString());
    }

    @Test
    void aWoundedVictimWhoDiedLaterRaisesTheToll() {
        List<Event> events = events("A roadside bomb tore through a minibus near the market, killing three"
                + " passengers and wounding seven. A doctor said late in the evening that one of the wounded had died,"
                + " raising the toll to four.");
        assertEquals(4, top(events).fatalities(), events.toString());
    }

    @Test
    void aMarchInMemoryOfTheDeadIsPeaceful() {
        List<Event> events = events("Thousands of students held a silent march through the city on Sunday in memory"
                + " of the 12 people killed when a bridge collapsed last year.");
        assertEquals("Peaceful protest", top(events).subEventType(), events.toString());
        assertNull(top(events).fatalities(), events.toString());
    }

    @Test
    void policeMartyredWhenABomberStruckAreTheBombingsToll() {
        List<Event> events = events("At least four police personnel embraced martyrdom and six others sustained"
                + " injuries when a suicide bomber blew himself up near a police post on Thursday evening.");
        assertEquals("Suicide bomb", top(events).subEventType(), events.toString());
        assertEquals(5, top(events).fatalities(), events.toString());
    }

    @Test
    void anActToldAsEarlierThatDayIsNotTheStory() {
        List<Event> events = events("Drones struck the port city late on Wednesday, killing two people, the governor"
                + " said. Earlier that day, shelling killed one person in a village near the river.");
        assertEquals("Air/drone strike", top(events).subEventType(), events.toString());
    }

    @Test
    void aTollRaisedByTheSameCommitteeReplacesItsFirst() {
        List<Event> events = events("Shells slammed into a market in the city on Sunday, killing at least 11 people,"
                + " activists said. The committee first reported eight dead, but raised the toll after three of the"
                + " wounded died.");
        assertEquals(11, top(events).fatalities(), events.toString());
    }
}
