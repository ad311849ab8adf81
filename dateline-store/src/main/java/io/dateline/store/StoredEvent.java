package io.dateline.store;

import io.dateline.model.Event;
import io.dateline.model.EventActor;
import io.dateline.model.EventLocation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/** An article's event flattened to the columns the store keeps and the merger compares. */
record StoredEvent(String eventId, String articleId, LocalDate date, int timePrecision, String eventType,
                   String subEventType, String category, String plover, String ploverMode, String status,
                   String actor1, String actor1Kind, String actor1Country, String actor2, String actor2Kind,
                   String actor2Country, String assocActor1, String assocActor2, String location, Long geonameid,
                   Double latitude, Double longitude, String country, String admin1, String admin2,
                   Integer geoPrecision, Integer fatalities, Integer injured, double confidence, int evidenceStart,
                   int evidenceEnd, String evidence) implements MergeFacts {

    static StoredEvent of(String articleId, String text, Event e) {
        EventActor a1 = e.actor1();
        EventActor a2 = e.actor2();
        EventLocation l = e.location();
        int start = Math.max(0, Math.min(text.length(), e.evidence().start()));
        int end = Math.max(start, Math.min(text.length(), e.evidence().end()));
        return new StoredEvent(e.eventId(), articleId, parseDate(e.eventDate()), e.timePrecision(), e.eventType(),
                e.subEventType(), e.category(), e.plover(), e.ploverMode(), e.status(),
                a1 == null ? null : a1.name(), a1 == null ? null : a1.kind(), a1 == null ? null : a1.country(),
                a2 == null ? null : a2.name(), a2 == null ? null : a2.kind(), a2 == null ? null : a2.country(),
                names(e.assocActor1()), names(e.assocActor2()),
                l == null ? null : l.name(), l == null ? null : l.geonameid(), l == null ? null : l.lat(),
                l == null ? null : l.lon(), l == null ? null : l.country(), l == null ? null : l.admin1(),
                l == null ? null : l.admin2(), l == null ? null : l.geoPrecision(), e.fatalities(), e.injured(),
                e.confidence(), start, end, text.substring(start, end));
    }

    @Override
    public double lat() {
        return latitude == null ? Double.NaN : latitude;
    }

    @Override
    public double lon() {
        return longitude == null ? Double.NaN : longitude;
    }

    private static String names(java.util.List<EventActor> actors) {
        return actors.isEmpty() ? null : actors.stream().map(EventActor::name).collect(Collectors.joining("; "));
    }

    private static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
