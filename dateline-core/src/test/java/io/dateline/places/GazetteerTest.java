package io.dateline.places;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    private boolean has(int[] postings, long geonameid) {
        return Arrays.stream(postings).anyMatch(p -> g.geonameid(p >> 1) == geonameid);
    }

    @Test
    void findsACapitalByItsExactName() {
        assertTrue(has(g.exact(PlaceKeys.exact("Baghdad")), 98182L));
    }

    @Test
    void mostPopulousCandidateComesFirst() {
        int e = g.exact(PlaceKeys.exact("Paris"))[0] >> 1;
        assertEquals("FR", g.country(e));
    }

    @Test
    void transliterationVariantsMeetOnTheLooseKey() {
        assertTrue(has(g.loose(PlaceKeys.loose("Deir Ezzor")), 170794L));
        assertTrue(has(g.loose(PlaceKeys.loose("Mayadeen")), 173480L));
        assertTrue(has(g.loose(PlaceKeys.loose("Izraa")), 169341L));
    }

    @Test
    void spellingsWithArticlesAndDiacriticsAreIndexed() {
        assertTrue(has(g.exact(PlaceKeys.exact("Al-Bukamal")), 174448L));
        assertTrue(has(g.exact(PlaceKeys.exact("Albu Kamal")), 174448L));
    }

    @Test
    void countriesAndStatesHaveDerivedEntries() {
        int us = g.exact(PlaceKeys.exact("U.S."))[0] >> 1;
        assertEquals(Gazetteer.COUNTRY, g.kind(us));
        assertEquals("US", g.country(us));
        int ohio = g.exact(PlaceKeys.exact("Ohio"))[0] >> 1;
        assertEquals(Gazetteer.ADMIN1, g.kind(ohio));
        assertTrue(Math.abs(g.lat(ohio) - 40.3) < 1.0 && Math.abs(g.lon(ohio) + 82.7) < 1.5);
    }

    @Test
    void demonymsPointToTheirCountryAndAreMarked() {
        int[] p = g.exact(PlaceKeys.exact("Iraqi"));
        assertEquals(1, p[0] & 1);
        assertEquals("IQ", g.country(p[0] >> 1));
    }

    @Test
    void teamWrittenRegionsAreIndexed() {
        int e = g.exact(PlaceKeys.exact("Damascus countryside"))[0] >> 1;
        assertEquals("Rif-dimashq", g.name(e));
        assertTrue(Arrays.stream(g.exact(PlaceKeys.exact("Lajat"))).anyMatch(x -> "SY".equals(g.country(x >> 1))));
    }
}
