package io.dateline.model;

/**
 * A toponym in the text and where it was resolved to. Resolution fields are null when unresolved.
 *
 * @param confidence 0..1
 */
public record PlaceMention(int start, int end, String text, Long geonameid, String name, Double lat, Double lon,
                           String country, String admin1, String admin2, String feature, double confidence) {
}
