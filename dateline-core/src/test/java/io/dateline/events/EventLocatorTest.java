package io.dateline.events;

import io.dateline.model.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dateline.events.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventLocatorTest {
    private static EventLocator.Choice choose(String text, String trigger, List<PlaceMention> places) {
        Words w = Words.of(text);
        int t = w.lowerList().indexOf(trigger);
        Clause clause = ClauseSplitter.split(w).stream().filter(c -> c.contains(t)).findFirst().orElseThrow();
        return EventLocator.choose(w, clause, t, places, false);
    }

    @Test
    void strikeIsWhereItHitNotTowardTheDestination() {
        String text = "Militia trucks tried to drive toward Tadmur but were struck by drones near Sukhnah,"
                + " northeast of Homs.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "struck", List.of(place("Tadmur", "Tadmur", "PPL"),
                place("Sukhnah", "Sukhnah", "PPL"), place("Homs", "Homs", "PPLA")));
        assertEquals("Sukhnah", c.place().text());
        assertEquals(2, c.geoPrecision());
    }

    @Test
    void aRegionNamingATownsSettingIsNotThePlace() {
        String text = "A drone hit a fuel depot in the Black Sea port of Tuapse overnight.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "hit", List.of(place("Black Sea", "Black Sea", "SEA"),
                place("Tuapse", "Tuapse", "PPL")));
        assertEquals("Tuapse", c.place().text());
    }

    @Test
    void aGroupNamedLikeAPlaceIsNotThePlace() {
        String text = "Soldiers arrested nine members of Los Lobos in a raid in Duran on Friday.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "arrested", List.of(place("Los Lobos", "Los Lobos", "PPL"),
                place("Duran", "Duran", "PPL")));
        assertEquals("Duran", c.place().text());
    }

    @Test
    void placeBeforeNearIsTheEventPlace() {
        String text = "In the village of Jdeideh near Jenin, troops captured two men.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "captured", List.of(place("Jdeideh", "Jdeideh", "PPL"),
                place("Jenin", "Jenin", "PPL")));
        assertEquals("Jdeideh", c.place().text());
    }

    @Test
    void inTownIsExact() {
        String text = "Police arrested 18 people in Izraa on Tuesday.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "arrested", List.of(place("Izraa", "Izraa", "PPL")));
        assertEquals(1, c.geoPrecision());
    }

    @Test
    void aSiteInATownIsNearThatTown() {
        String text = "Police arrested 18 people in Tal Marun on Tuesday.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "arrested",
                List.of(place("Tal Marun", "Tal Marun", SiteNames.SITE_FEATURE)));
        assertEquals(2, c.geoPrecision());
    }

    @Test
    void countryIsARegion() {
        String text = "Gunmen attacked a bus in Syria.";
        Mentions.TestTexts.use(text);
        assertEquals(3, choose(text, "attacked", List.of(place("Syria", "Syria", "PCLI"))).geoPrecision());
    }

    @Test
    void adjectiveIsNoPlace() {
        String text = "Syrian soldiers attacked the village.";
        Mentions.TestTexts.use(text);
        assertNull(choose(text, "attacked", List.of(place("Syrian", "Syrian", "PCLI"))));
    }

    @Test
    void possessiveContainerLosesToItsDistrict() {
        String text = "A car bomb exploded in Baghdad's southern district of Saiydiah.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "exploded", List.of(place("Baghdad", "Baghdad", "PPLC"),
                place("Saiydiah", "Saiydiah", "PPLX")));
        assertEquals("Saiydiah", c.place().text());
    }

    @Test
    void thePlaceAVerbTakesIsTheEventPlace() {
        String text = "Rebel units stormed Tal Rifaat, 30 kilometres north of Aleppo, in the province of Aleppo.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "stormed", List.of(place("Tal Rifaat", "Tal Rifaat", "PPL"),
                place("Aleppo", "Aleppo", "PPLA"), place("Aleppo", "Aleppo", "ADM1", 60)));
        assertEquals("Tal Rifaat", c.place().text());
    }

    @Test
    void theCapitalNamedAfterItsCountry() {
        String text = "Hundreds of teachers marched in the Kenyan capital Nairobi on Monday.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "marched", List.of(place("Kenyan", "Kenyan", "PCLI"),
                place("Nairobi", "Nairobi", "PPLC")));
        assertEquals("Nairobi", c.place().text());
    }

    @Test
    void aProvinceNameIsNoAdjective() {
        String text = "A mortar round hit a school in Idlib province on Sunday.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "hit", List.of(place("Idlib", "Idlib", "ADM1")));
        assertEquals("Idlib", c.place().text());
    }

    @Test
    void aPlaceModifyingANounInALocativePhrase() {
        String text = "The judge was stabbed outside his Tunis office, the first such attack in Tunisia in years.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "stabbed", List.of(place("Tunis", "Tunis", "PPLC"),
                place("Tunisia", "Tunisia", "PCLI")));
        assertEquals("Tunis", c.place().text());
    }

    @Test
    void aNationalityIsNoPlaceEvenAfterNear() {
        String text = "A bomb went off near a French patrol in Gao.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "bomb", List.of(place("French", "French", "PCLI"),
                place("Gao", "Gao", "PPL")));
        assertEquals("Gao", c.place().text());
    }

    @Test
    void anOriginAloneIsNoPlaceOfTheEvent() {
        String text = "A trader from Kano was stabbed during the night.";
        Mentions.TestTexts.use(text);
        assertNull(choose(text, "stabbed", List.of(place("Kano", "Kano", "PPLA"))));
    }

    @Test
    void aMarchHappensWhereItGoes() {
        String text = "Nurses marched to Lusaka to demand unpaid wages.";
        Mentions.TestTexts.use(text);
        Words w = Words.of(text);
        int t = w.lowerList().indexOf("marched");
        EventLocator.Choice c = EventLocator.choose(w, ClauseSplitter.split(w).get(0), t,
                List.of(place("Lusaka", "Lusaka", "PPLC")), true);
        assertEquals("Lusaka", c.place().text());
    }

    @Test
    void aPeopleIsNoPlace() {
        String text = "Gunmen attacked Somali traders at the market.";
        Mentions.TestTexts.use(text);
        PlaceMention somali = new PlaceMention(text.indexOf("Somali"), text.indexOf("Somali") + 6, "Somali", 1L,
                "Somalia", 1.0, 2.0, "SO", null, null, "PCLI", 0.9);
        assertNull(choose(text, "attacked", List.of(somali)));
    }

    @Test
    void ofAfterANameIsAnOrigin() {
        String text = "Aid worker Ana Lopez of Peru was kidnapped in eastern Congo.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "kidnapped", List.of(place("Peru", "Peru", "PCLI"),
                place("Congo", "Congo", "PCLI")));
        assertEquals("Congo", c.place().text());
    }
    @Test
    void deploymentHappensWhereTheTroopsGo() {
        String text = "The army deployed 300 troops to Chilapa on Monday.";
        Mentions.TestTexts.use(text);
        assertEquals("Chilapa", choose(text, "deployed", List.of(place("Chilapa", "Chilapa", "PPL"))).place().text());
    }

    @Test
    void withdrawalHappensWhereTheTroopsLeave() {
        String text = "Government forces withdrew from Homs on Sunday.";
        Mentions.TestTexts.use(text);
        assertEquals("Homs", choose(text, "withdrew", List.of(place("Homs", "Homs", "PPL"))).place().text());
    }

    @Test
    void adjectivesBetweenLocativeAndPlace() {
        String text = "Gunmen killed 21 tourists at the popular Bardo Museum in the capital of Tunis.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "killed", List.of(place("Bardo Museum", "Bardo Museum", "SITE"),
                place("Tunis", "Tunis", "PPLC")));
        assertEquals("Bardo Museum", c.place().text());
    }

    @Test
    void originIsNoEventPlace() {
        String text = "A driver from Abidjan was arrested.";
        Mentions.TestTexts.use(text);
        assertNull(choose(text, "arrested", List.of(place("Abidjan", "Abidjan", "PPL"))));
    }
    @Test
    void placeInsideAnOriginPhraseLosesToTheEventPlace() {
        String text = "The bomber, from a village near the city of Nablus, detonated his belt at Hadera junction.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "detonated", List.of(place("Nablus", "Nablus", "PPL"),
                place("Hadera", "Hadera", "SITE")));
        assertEquals("Hadera", c.place().text());
    }

    @Test
    void theOfficeNamedAfterTheStateIsNoPlace() {
        String text = "Gunmen opened fire in a bar in the colonia Las Flores of Tarimoro, the Prosecutor of the State"
                + " of Michoacan said.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "fire", List.of(place("Tarimoro", "Tarimoro", "PPL"),
                place("Michoacan", "Michoacan", "ADM1")));
        assertEquals("Tarimoro", c.place().text());
    }

    @Test
    void theAreasAroundATownAreItsContainers() {
        String text = "On the outskirts of Hrakove, Chuhuiv district of Kharkiv region, a tractor hit a mine.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "mine", List.of(place("Hrakove", "Hrakove", "PPL"),
                place("Chuhuiv", "Chuhuiv", "ADM2"), place("Kharkiv", "Kharkiv", "PPLA")));
        assertEquals("Hrakove", c.place().text());
    }

    @Test
    void theStateAroundTheCityIsItsContainer() {
        String text = "Gunmen burst into a bar in the city of Irapuato in the central state of Jalisco late on"
                + " Saturday and opened fire.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "fire", List.of(place("Irapuato", "Irapuato", "PPL"),
                place("Jalisco", "Jalisco", "ADM1")));
        assertEquals("Irapuato", c.place().text());
    }

    @Test
    void theDistrictAStateOwnsIsThePlace() {
        String text = "Troops killed nine rebels in a forested area of Odisha state's Malkangiri district on Monday.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "killed", List.of(place("Odisha", "Odisha", "ADM1"),
                place("Malkangiri", "Malkangiri", "PPL")));
        assertEquals("Malkangiri", c.place().text());
    }

    @Test
    void wherePeopleAreTakenFromIsWhereTheyWereTaken() {
        String text = "Gunmen kidnapped a farmer and his son from their farm on the outskirts of Tame, in the"
                + " province of Arauca.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "kidnapped", List.of(place("Tame", "Tame", "PPL"),
                place("Arauca", "Arauca", "ADM1")));
        assertEquals("Tame", c.place().text());
    }

    @Test
    void aSiteNamedAfterTheProvinceIsInTheTownAfterIt() {
        String text = "Police fired tear gas at students rallying outside the Riau provincial parliament in Pekanbaru.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "fired", List.of(place("Riau", "Riau", "ADM1"),
                place("Pekanbaru", "Pekanbaru", "PPLA")));
        assertEquals("Pekanbaru", c.place().text());
    }
}
