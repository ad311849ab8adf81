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
    void strikeIsNearMayadeenNotTowardTheDestination() {
        String text = "Armed groups tried to cross the border toward Al-Bukamal but were struck by airstrikes near"
                + " Mayadeen, southeast of Deir Ezzor.";
        Mentions.TestTexts.use(text);
        EventLocator.Choice c = choose(text, "struck", List.of(place("Al-Bukamal", "Al-Bukamal", "PPL"),
                place("Mayadeen", "Mayadeen", "PPL"), place("Deir Ezzor", "Deir Ezzor", "PPLA")));
        assertEquals("Mayadeen", c.place().text());
        assertEquals(2, c.geoPrecision());
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
}
