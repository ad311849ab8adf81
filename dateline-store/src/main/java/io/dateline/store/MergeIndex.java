package io.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live events the merger compares new ones with, kept in memory by the single writer so that merging a batch
 * costs one query for the dates it reaches, not one per event. Events are bucketed by type, time precision and
 * either a one-degree grid cell (located events) or country (unlocated ones), so a new event is compared only with
 * the few that could be the same: nearby cells, within the date tolerance of each precision. The index also knows
 * every live member of each merged event it holds (groups are loaded whole), so the writer can compute merged rows
 * without reading the members back from the database.
 */
final class MergeIndex {
    /**
     * An indexed event under its merged id, with the day, latitude and tolerances the first checks read: most
     * candidates fail them, and reading them here spares a walk through the event's objects (cache misses were most
     * of the merge time).
     */
    record Entry(StoredEvent event, String mergedId, int day, int dayTolerance, double latitude, double reachKm) {
        static Entry of(StoredEvent event, String mergedId) {
            return new Entry(event, mergedId, event.date() == null ? Integer.MIN_VALUE
                    : (int) event.date().toEpochDay(), MergeRule.dayTolerance(event.timePrecision()),
                    event.latitude() == null ? Double.NaN : event.latitude(), MergeRule.radiusKm(event.geoPrecision()));
        }

        /** False when the dates or latitudes alone are too far apart for {@link MergeRule} (a necessary test). */
        boolean near(Entry other) {
            if (Math.abs((long) day - other.day) > dayTolerance + other.dayTolerance - 1) {
                return false;
            }
            // The great-circle distance is at least the latitude difference (111.2 km a degree).
            return Double.isNaN(latitude) || Double.isNaN(other.latitude)
                    || Math.abs(latitude - other.latitude) * 111.0 <= Math.max(reachKm, other.reachKm);
        }
    }

    /** A bucket: type, and a grid cell or a country (cell fields then unused); split by precision class inside. */
    private record Bucket(String type, String country, boolean located, int lat, int lon) {
    }

    /** Per bucket and precision class (1 to 3, at index 0 to 2), entries by epoch day. */
    private final Map<Bucket, DayList[]> buckets = new HashMap<>();
    /**
     * Live members by merged id: an {@link Entry} for a lone member (most merged events), a list once there are
     * more; a plain list per id would cost about twice the memory at a million events.
     */
    private final Map<String, Object> groups = new HashMap<>();
    /** Repeated values (dates, types, actors, countries), stored once. */
    private final Map<Object, Object> shared = new HashMap<>();
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
        Entry entry = Entry.of(event.forIndex(shared), mergedId);
        groups.merge(mergedId, entry, MergeIndex::join);
        if (event.date() == null) {
            return;
        }
        int precision = precisionClass(event.timePrecision());
        if (event.latitude() != null) {
            put(cellKey(event, cell(event.latitude()), cell(event.longitude())), precision, entry);
            put(countryKey(event, false), precision, entry);
        } else {
            put(countryKey(event, false), precision, entry);
            put(countryKey(event, true), precision, entry);
        }
    }

    /**
     * Events that may report the same event: same type, near enough in space and time for either's precision
     * (nearby cells, then the dates and latitudes of each); {@link MergeRule} decides.
     */
    List<Entry> candidates(StoredEvent event) {
        List<Entry> result = new ArrayList<>();
        if (event.date() == null) {
            return result;
        }
        Entry probe = Entry.of(event, null);
        if (event.latitude() != null) {
            int lat = cell(event.latitude());
            int lon = cell(event.longitude());
            // 100 km is under one degree of latitude, and under 1/cos(lat) degrees of longitude.
            int lonReach = (int) Math.ceil(1 / Math.max(0.1, Math.cos(Math.toRadians(event.latitude()))));
            for (int dLat = -1; dLat <= 1; dLat++) {
                for (int dLon = -lonReach; dLon <= lonReach; dLon++) {
                    collect(cellKey(event, lat + dLat, Math.floorMod(lon + dLon + 180, 360) - 180), probe, result);
                }
            }
            collect(countryKey(event, true), probe, result);
        } else {
            collect(countryKey(event, false), probe, result);
        }
        return result;
    }

    /** Whether the index holds the merged event {@code mergedId}, and so all its live members. */
    boolean knows(String mergedId) {
        return groups.containsKey(mergedId);
    }

    /** The live members of a merged event the index {@link #knows}; empty otherwise. */
    @SuppressWarnings("unchecked")
    List<Entry> members(String mergedId) {
        Object members = groups.get(mergedId);
        if (members == null) {
            return List.of();
        }
        return members instanceof Entry lone ? List.of(lone) : (List<Entry>) members;
    }

    @SuppressWarnings("unchecked")
    private static Object join(Object members, Object added) {
        if (members instanceof Entry lone) {
            List<Entry> list = new ArrayList<>(2);
            list.add(lone);
            list.add((Entry) added);
            return list;
        }
        ((List<Entry>) members).add((Entry) added);
        return members;
    }

    private void collect(Bucket key, Entry probe, List<Entry> into) {
        DayList[] byPrecision = buckets.get(key);
        if (byPrecision == null) {
            return;
        }
        for (int precision = 1; precision <= 3; precision++) {
            DayList days = byPrecision[precision - 1];
            if (days != null) {
                int window = probe.dayTolerance() + MergeRule.dayTolerance(precision) - 1;
                days.collect(probe.day() - window, probe.day() + window, probe, into);
            }
        }
    }

    private void put(Bucket key, int precision, Entry entry) {
        DayList[] byPrecision = buckets.computeIfAbsent(key, k -> new DayList[3]);
        if (byPrecision[precision - 1] == null) {
            byPrecision[precision - 1] = new DayList();
        }
        byPrecision[precision - 1].add(entry.day(), entry);
    }

    private static String typeKey(StoredEvent e) {
        return e.eventType() != null ? e.eventType() : "plover:" + e.plover();
    }

    private static Bucket cellKey(StoredEvent e, int lat, int lon) {
        return new Bucket(typeKey(e), null, true, lat, lon);
    }

    /** All events of a country ({@code unlocatedOnly} false) or only those without coordinates. */
    private static Bucket countryKey(StoredEvent e, boolean unlocatedOnly) {
        return new Bucket(typeKey(e), e.country(), !unlocatedOnly, 0, 0);
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees);
    }

    private static int precisionClass(int timePrecision) {
        return Math.max(1, Math.min(3, timePrecision));
    }

    void clear() {
        buckets.clear();
        groups.clear();
        shared.clear();
        loadedFrom = null;
        loadedTo = null;
    }

    /**
     * A bucket's entries by day: distinct days in a sorted array beside their entries. A bucket holds at most a few
     * hundred days, so inserting a new day costs little, and a window lookup is one binary search over primitives
     * (a tree map of boxed days took half of the merge time).
     */
    private static final class DayList {
        private int[] days = new int[4];
        private List<?>[] entries = new List<?>[4];
        private int size;

        void add(int day, Entry entry) {
            int at = Arrays.binarySearch(days, 0, size, day);
            if (at < 0) {
                at = -at - 1;
                if (size == days.length) {
                    days = Arrays.copyOf(days, size * 2);
                    entries = Arrays.copyOf(entries, size * 2);
                }
                System.arraycopy(days, at, days, at + 1, size - at);
                System.arraycopy(entries, at, entries, at + 1, size - at);
                days[at] = day;
                entries[at] = new ArrayList<Entry>(2);
                size++;
            }
            @SuppressWarnings("unchecked")
            List<Entry> list = (List<Entry>) entries[at];
            list.add(entry);
        }

        @SuppressWarnings("unchecked")
        void collect(int fromDay, int toDay, Entry probe, List<Entry> into) {
            int at = Arrays.binarySearch(days, 0, size, fromDay);
            for (int i = at < 0 ? -at - 1 : at; i < size && days[i] <= toDay; i++) {
                for (Entry entry : (List<Entry>) entries[i]) {
                    if (probe.near(entry)) {
                        into.add(entry);
                    }
                }
            }
        }
    }
}
