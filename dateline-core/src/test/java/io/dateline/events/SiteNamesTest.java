package io.dateline.events;

import io.dateline.model.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dateline.events.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class SiteNamesTest {
    private static List<String> texts(String text, List<PlaceMention> known) {
        return SiteNames.augment(Words.of(text), known).stream().map(PlaceMention::text).toList();
    }

    @Test
    void villageOfUnknownNameIsASiteInItsContainer() {
        String text = "Rebels shelled the village of Tal Marun in the eastern countryside of Harim.";
        Mentions.TestTexts.use(text);
        List<PlaceMention> out = SiteNames.augment(Words.of(text), List.of(place("Harim", "Harim", "PPL")));
        PlaceMention site = out.get(0);
        assertEquals("Tal Marun", site.text());
        assertEquals(SiteNames.SITE_FEATURE, site.feature());
        assertEquals(1.0, site.lat()); // the container's coordinates
    }

    @Test
    void aWorldRegionLendsNoCoordinatesToAVillage() {
        String text = "Militants besieged the village of Tal Marun in the Sahel.";
        Mentions.TestTexts.use(text);
        List<PlaceMention> out = SiteNames.augment(Words.of(text), List.of(place("Sahel", "Sahel", "RGN")));
        PlaceMention site = out.stream().filter(p -> p.text().equals("Tal Marun")).findFirst().orElseThrow();
        assertNull(site.lat(), site.toString());
    }

    @Test
    void aSiteNamedAfterACountryIsNotAtItsCentre() {
        String text = "Shells fell near the Kuwaiti Hospital in Omdurman on Monday.";
        Mentions.TestTexts.use(text);
        List<PlaceMention> out = SiteNames.augment(Words.of(text), List.of(place("Kuwaiti", "Kuwaiti", "PCLI"),
                place("Omdurman", "Omdurman", "PPL")));
        PlaceMention site = out.stream().filter(p -> p.text().equals("Kuwaiti Hospital")).findFirst().orElseThrow();
        assertNull(site.lat(), site.toString());
    }

    @Test
    void nameBeforeDistrictNounKeepsOnlyTheName() {
        String text = "A bomb went off in the Zahra al-Nur district of the city.";
        Mentions.TestTexts.use(text);
        assertEquals(List.of("Zahra al-Nur"), texts(text, List.of()));
    }

    @Test
    void twoNamesBeforePluralVillages() {
        String text = "Gunmen raided the Umbala and Kerosi villages at dawn.";
        Mentions.TestTexts.use(text);
        assertEquals(List.of("Umbala", "Kerosi"), texts(text, List.of()));
    }

    @Test
    void knownNameFollowedByCityTakesTheFullSpan() {
        String text = "Protesters marched in Oaxaca City on Friday.";
        Mentions.TestTexts.use(text);
        assertEquals(List.of("Oaxaca City"), texts(text, List.of(place("Oaxaca", "Oaxaca", "ADM1"))));
    }

    @Test
    void weekdayEndsTheNameAndFaithsOrEthnicitiesAreNoSites() {
        String text = "Fighters captured the town of Bardera Monday near the Kurdish neighbourhood.";
        Mentions.TestTexts.use(text);
        assertEquals(List.of("Bardera"), texts(text, List.of()));
    }

    @Test
    void unknownNameAfterInNeedsNoCapitalisedFollower() {
        String text = "Two men were shot in Tarqumiya, and in March Congress met in Geneva.";
        Mentions.TestTexts.use(text);
        List<String> out = texts(text, List.of(place("Geneva", "Geneva", "PPL")));
        assertEquals(List.of("Tarqumiya", "Geneva"), out);
    }

    @Test
    void bracketNamesOnlyQualifyTheTown() {
        String text = "Soldiers withdrew from Kidal (Kidal, Kidal) on Sunday.";
        Mentions.TestTexts.use(text);
        List<PlaceMention> known = List.of(place("Kidal", "Kidal", "PPLA"), place("Kidal", "Kidal", "ADM1", 24),
                place("Kidal", "Kidal", "ADM1", 31));
        assertEquals(List.of("Kidal"), texts(text, known));
    }

    @Test
    void siteInATownIsPlacedAtTheTown() {
        String text = "A bomber struck Lido beach in Mogadishu.";
        Mentions.TestTexts.use(text);
        PlaceMention lido = new PlaceMention(text.indexOf("Lido"), text.indexOf("Lido") + 4, "Lido", 7L, "Lido",
                45.4, 12.4, "IT", null, null, "PPL", 0.9);
        PlaceMention mogadishu = new PlaceMention(text.indexOf("Mogadishu"), text.indexOf("Mogadishu") + 9,
                "Mogadishu", 8L, "Mogadishu", 2.04, 45.34, "SO", null, null, "PPLC", 0.9);
        PlaceMention out = SiteNames.augment(Words.of(text), List.of(lido, mogadishu)).get(0);
        assertEquals("SO", out.country());
        assertEquals(2.04, out.lat());
        assertNull(out.geonameid());
    }

    @Test
    void lowerCaseAreaBeforeOfGivesWayToTheName() {
        String text = "He was captured in the northern province of Matagalpa.";
        Mentions.TestTexts.use(text);
        List<String> out = texts(text, List.of(place("northern province", "northern province", "ADM1"),
                place("Matagalpa", "Matagalpa", "PPLA")));
        assertFalse(out.contains("northern province"));
    }
}
