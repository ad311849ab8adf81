package io.dateline.eval.notes;

/**
 * One ACLED-style event note with its gold coding: the note is read as an article published on {@code published};
 * {@code subEventType} is ACLED's name ("Armed clash"), {@code eventDate} an ISO day, {@code lat}/{@code lon} the
 * true coordinates of {@code location}, {@code fatalities} ACLED's count (0 when none or unknown).
 */
public record Note(String id, String published, String text, String subEventType, String eventDate, String location,
                   double lat, double lon, int fatalities) {
}
