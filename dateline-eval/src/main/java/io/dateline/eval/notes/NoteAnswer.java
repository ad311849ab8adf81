package io.dateline.eval.notes;

import io.dateline.model.Event;
import io.dateline.model.EventLocation;

import java.util.List;

/**
 * What we answered for a note: the fields of our most confident event (earliest on a tie), each null when not
 * given; {@link #NONE} ({@code found} false) when we found no event.
 */
public record NoteAnswer(boolean found, String subEventType, String eventDate, String location, Double lat,
                         Double lon, Integer fatalities) {
    public static final NoteAnswer NONE = new NoteAnswer(false, null, null, null, null, null, null);

    /** An event's answer; {@code location} is the resolved place name, only shown in error listings. */
    public static NoteAnswer of(String subEventType, String eventDate, String location, Double lat, Double lon,
                                Integer fatalities) {
        return new NoteAnswer(true, subEventType, eventDate, location, lat, lon, fatalities);
    }

    /** The answer carried by the most confident of {@code events}. */
    public static NoteAnswer of(List<Event> events) {
        Event best = null;
        for (Event e : events) {
            if (best == null || e.confidence() > best.confidence()) {
                best = e;
            }
        }
        if (best == null) {
            return NONE;
        }
        EventLocation where = best.location();
        if (where == null) {
            return of(best.subEventType(), best.eventDate(), null, null, null, best.fatalities());
        }
        return of(best.subEventType(), best.eventDate(), where.name() != null ? where.name() : where.text(),
                where.lat(), where.lon(), best.fatalities());
    }

    boolean located() {
        return lat != null && lon != null;
    }
}
