package io.dateline.eval.notes;

import io.dateline.places.Distance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores our answers on ACLED-style notes, one field at a time:
 * <ul>
 *   <li>{@code sub_event_accuracy}: our sub-event type equals the gold ACLED name (ignoring case);</li>
 *   <li>{@code date_exact}: our event date equals the gold ISO day;</li>
 *   <li>{@code place_25km}: our event location has coordinates within 25 km of the gold place;</li>
 *   <li>{@code fatalities_exact}: our fatalities equal the gold count, our null (not reported) counting as 0 &mdash;
 *       ACLED codes 0 both for "no fatalities" and for unknown tolls;</li>
 *   <li>{@code all_four}: all four right; {@code event_found}: share of notes where we gave an event at all;
 *       {@code items}.</li>
 * </ul>
 * A note where we give no event is wrong on every field, "no fatalities" included.
 */
public final class NoteScorer {
    static final double PLACE_KM = 25;

    /** The four checks on one note; {@code km} is the distance to the gold place, null when we gave no coordinates. */
    public record Verdict(boolean subEvent, boolean date, boolean place, boolean fatalities, Double km) {
        public boolean allRight() {
            return subEvent && date && place && fatalities;
        }
    }

    private NoteScorer() {
    }

    public static Verdict judge(Note gold, NoteAnswer ours) {
        if (ours == null || !ours.found()) {
            return new Verdict(false, false, false, false, null);
        }
        Double km = ours.located() ? Distance.km(gold.lat(), gold.lon(), ours.lat(), ours.lon()) : null;
        return new Verdict(
                gold.subEventType().equalsIgnoreCase(String.valueOf(ours.subEventType())),
                gold.eventDate().equals(ours.eventDate()),
                km != null && km <= PLACE_KM,
                gold.fatalities() == (ours.fatalities() == null ? 0 : ours.fatalities()),
                km);
    }

    public static Map<String, Double> score(List<Note> gold, List<NoteAnswer> ours) {
        if (gold.size() != ours.size()) {
            throw new IllegalArgumentException(gold.size() + " notes but " + ours.size() + " answers");
        }
        int subEvent = 0;
        int date = 0;
        int place = 0;
        int fatalities = 0;
        int all = 0;
        int found = 0;
        for (int i = 0; i < gold.size(); i++) {
            NoteAnswer answer = ours.get(i);
            Verdict v = judge(gold.get(i), answer);
            subEvent += v.subEvent() ? 1 : 0;
            date += v.date() ? 1 : 0;
            place += v.place() ? 1 : 0;
            fatalities += v.fatalities() ? 1 : 0;
            all += v.allRight() ? 1 : 0;
            found += answer != null && answer.found() ? 1 : 0;
        }
        int n = gold.size();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("items", (double) n);
        m.put("sub_event_accuracy", share(subEvent, n));
        m.put("date_exact", share(date, n));
        m.put("place_25km", share(place, n));
        m.put("fatalities_exact", share(fatalities, n));
        m.put("all_four", share(all, n));
        m.put("event_found", share(found, n));
        return m;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
