package io.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The live events the merger compares new ones with, kept in memory by the single writer so that merging a batch
 * costs one query for the dates it reaches, not one per event. Events are bucketed by type, time precision and
 * either a one-degree grid cell (located events) or country (unlocated ones), so a new event is compared only with
 * the few that could be the same: nearby cells, within the date tolerance of each precision.
 */
final class MergeIndex {
    record Entry(StoredEvent event, String mergedId) {
    }

    /** A bucket: type, precision class, and a grid cell or a country (cell fields then unused). */
    private record Bucket(String type, int precision, String country, boolean located, int lat, int lon) {
    }

    /** Per bucket, entries by epoch day. */
    private final Map<Bucket, NavigableMap<Long, List<Entry>>> buckets = new HashMap<>();
    private LocalDate loadedFrom;
    private LocalDate loadedTo;

    /** The date ranges still to load so that [from, to] is covered (none when it already is). */
    List<LocalDate[]> missing(LocalDate from, LocalDate to) {
        if (loadedFrom == null) {
            return List.<LocalDate[]>of(new LocalDate[] {from, to});
        }
        List<LocalDate[]> ranges = new ArrayList<>();
        if (from.isBefore(loadedFrom)) {
            ranges.add(new LocalDate[] {from, loadedFrom.minusDays(1)});
        }
        if (to.isAfter(loadedTo)) {
            ranges.add(new LocalDate[] {loadedTo.plusDays(1), to});
        }
        return ranges;
    }

    void markLoaded(LocalDate from, LocalDate to) {
        loadedFrom = loadedFrom == null || from.isBefore(loadedFrom) ? from : loadedFrom;
        loadedTo = loadedTo == null || to.isAfter(loadedTo) ? to : loadedTo;
    }

    void add(StoredEvent event, String mergedId) {
        if (event.date() == null) {
            return;
        }
        Entry entry = new Entry(event.withoutEvidence(), mergedId);
        int precision = precisionClass(event.timePrecision());
        if (event.latitude() != null) {
            put(cellKey(event, cell(event.latitude()), cell(event.longitude()), precision), entry);
            put(countryKey(event, false, precision), entry);
        } else {
            put(countryKey(event, false, precision), entry);
            put(countryKey(event, true, precision), entry);
        }
    }

    /** Events that may report the same event: same type, near enough in space and time for either's precision. */
    List<Entry> candidates(StoredEvent event) {
        List<Entry> result = new ArrayList<>();
        if (event.date() == null) {
            return result;
        }
        long day = event.date().toEpochDay();
        for (int precision = 1; precision <= 3; precision++) {
            int window = MergeRule.dayTolerance(event.timePrecision()) + MergeRule.dayTolerance(precision) - 1;
            long from = day - window;
            long to = day + window;
            if (event.latitude() != null) {
                int lat = cell(event.latitude());
                int lon = cell(event.longitude());
                // 100 km is under one degree of latitude, and under 1/cos(lat) degrees of longitude.
                int lonReach = (int) Math.ceil(1 / Math.max(0.1, Math.cos(Math.toRadians(event.latitude()))));
                for (int dLat = -1; dLat <= 1; dLat++) {
                    for (int dLon = -lonReach; dLon <= lonReach; dLon++) {
                        collect(cellKey(event, lat + dLat, Math.floorMod(lon + dLon + 180, 360) - 180, precision),
                                from, to, result);
                    }
                }
                collect(countryKey(event, true, precision), from, to, result);
            } else {
                collect(countryKey(event, false, precision), from, to, result);
            }
        }
        return result;
    }

    private void collect(Bucket key, long fromDay, long toDay, List<Entry> into) {
        NavigableMap<Long, List<Entry>> days = buckets.get(key);
        if (days != null) {
            for (List<Entry> entries : days.subMap(fromDay, true, toDay, true).values()) {
                into.addAll(entries);
            }
        }
    }

    private void put(Bucket key, Entry entry) {
        buckets.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(entry.event().date().toEpochDay(),
                d -> new ArrayList<>()).add(entry);
    }

    private static String typeKey(StoredEvent e) {
        return e.eventType() != null ? e.eventType() : "plover:" + e.plover();
    }

    private static Bucket cellKey(StoredEvent e, int lat, int lon, int precision) {
        return new Bucket(typeKey(e), precision, null, true, lat, lon);
    }

    /** All events of a country ({@code unlocatedOnly} false) or only those without coordinates. */
    private static Bucket countryKey(StoredEvent e, boolean unlocatedOnly, int precision) {
        return new Bucket(typeKey(e), precision, e.country(), !unlocatedOnly, 0, 0);
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees);
    }

    private static int precisionClass(int timePrecision) {
        return Math.max(1, Math.min(3, timePrecision));
    }

    void clear() {
        buckets.clear();
        loadedFrom = null;
        loadedTo = null;
    }
}
