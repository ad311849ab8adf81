package io.dateline.model;

/** Where an event happened: the mention naming it, its resolution, and ACLED geo_precision (1 exact, 2 near, 3 region). */
public record EventLocation(int start, int end, String text, String name, Long geonameid, Double lat, Double lon,
                            String country, String admin1, String admin2, int geoPrecision) {
}
