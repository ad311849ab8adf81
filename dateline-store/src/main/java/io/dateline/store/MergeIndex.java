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
 * either a radius class and one-degree grid cell (located events) or country, so a new event is compared only with
 * the few that could be the same: the cells within either's radius, within the date tolerance of each precision,
 * and near enough in latitude. The index also knows
 * every live member of each merged event it holds (groups are loaded whole), so the writer can compute merged rows
 * without reading the members back from the database.
 */
final class MergeIndex {
    /**
     * An indexed event under its merged id: only what the merge rule compares and merged rows aggregate, in one
     * object with primitive coordinates and repeated values shared. The index keeps one per live event, a million
     * and more: a full event copy with boxed coordinates cost about twice the memory, and the collector's time
     * grew with it.
     */
    static final class Entry implements MergeFacts {
        private final String eventId;
        private final String articleId;
        private final String mergedId;
        private final LocalDate date;
        private final int timePrecision;
        private final String eventType;
        private final String subEventType;
        private final String plover;
        private final String actor1;
        private final String actor1Kind;
        private final String actor1Country;
        private final String actor2;
        private final String country;
        private final Integer geoPrecision;
        private final double lat;
        private final double lon;
        private final Integer fatalities;
        private final Integer injured;
        private final double confidence;

        private Entry(StoredEvent e, String mergedId, Map<Object, Object> shared) {
            this.eventId = e.eventId();
            this.articleId = e.articleId();
            this.mergedId = mergedId;
            this.date = share(shared, e.date());
            this.timePrecision = e.timePrecision();
            this.eventType = share(shared, e.eventType());
            this.subEventType = share(shared, e.subEventType());
            this.plover = share(shared, e.plover());
            this.actor1 = share(shared, e.actor1());
            this.actor1Kind = share(shared, e.actor1Kind());
            this.actor1Country = share(shared, e.actor1Country());
            this.actor2 = share(shared, e.actor2());
            this.country = share(shared, e.country());
            this.geoPrecision = e.geoPrecision();
            this.lat = e.lat();
            this.lon = e.lon();
            this.fatalities = e.fatalities();
            this.injured = e.injured();
            this.confidence = e.confidence();
        }

        @SuppressWarnings("unchecked")
        private static <T> T share(Map<Object, Object> shared, T value) {
            return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
        }

        String eventId() {
            return eventId;
        }

        String mergedId() {
            return mergedId;
        }

        Integer fatalities() {
            return fatalities;
        }

        Integer injured() {
            return injured;
        }

        double confidence() {
            return confidence;
        }

        @Override
        public String articleId() {
            return articleId;
        }

        @Override
        public LocalDate date() {
            return date;
        }

        @Override
        public int timePrecision() {
            return timePrecision;
        }

        @Override
        public String eventType() {
            return eventType;
        }

        @Override
        public String subEventType() {
            return subEventType;
        }

        @Override
        public String plover() {
            return plover;
        }

        @Override
        public String actor1() {
            return actor1;
        }

        @Override
        public String actor1Kind() {
            return actor1Kind;
        }

        @Override
        public String actor1Country() {
            return actor1Country;
        }

        @Override
        public String actor2() {
            return actor2;
        }

        @Override
        public String country() {
            return country;
        }

        @Override
        public Integer geoPrecision() {
            return geoPrecision;
        }

        @Override
        public double lat() {
            return lat;
        }

        @Override
        public double lon() {
            return lon;
        }
    }

    /** Bucket kinds inside a key: a grid cell, all events of a country, or only its unlocated ones. */
    private static final int CELL = 0;
    private static final int COUNTRY = 1;
    private static final int COUNTRY_UNLOCATED = 2;
    /** The radii {@link MergeRule#radiusKm} gives, each a class of its own in cell keys. */
    private static final double[] REACH_KM = {10, 25, 100};
    private static final double KM_PER_DEGREE = 111.0;

    /**
     * Per bucket, the entries of each precision class (1 to 3, at index 0 to 2). A cell bucket holds one radius
     * class, so a search visits only the cells within reach of that class (an exact site's twins lie in one or two
     * cells, a region's in a dozen). Keys are primitive (type and country numbered in {@link #numbers}): record
     * keys cost a hash and an equality walk over strings at each of the lookups.
     */
    private final LongKeyMap<Column[]> buckets = new LongKeyMap<>();
    /** Event types and countries numbered for bucket keys. */
    private final Map<String, Integer> numbers = new HashMap<>();
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
        Entry entry = new Entry(event, mergedId, shared);
        groups.merge(mergedId, entry, MergeIndex::join);
        if (event.date() == null) {
            return;
        }
        int day = (int) event.date().toEpochDay();
        int precision = precisionClass(event.timePrecision());
        long type = number(typeKey(event));
        long country = number(event.country());
        if (event.latitude() != null) {
            double latitude = event.latitude();
            int reach = reachClass(event.geoPrecision());
            put(cellKey(type, reach, cell(latitude), cell(event.longitude())), precision, day, latitude, entry);
            put(key(type, COUNTRY, 0, country), precision, day, latitude, entry);
        } else {
            put(key(type, COUNTRY, 0, country), precision, day, Double.NaN, entry);
            put(key(type, COUNTRY_UNLOCATED, 0, country), precision, day, Double.NaN, entry);
        }
    }

    /**
     * Events that may report the same event: same type, near enough in space and time for either's precision
     * (the cells within either's radius, then the dates and latitudes of each); {@link MergeRule} decides.
     */
    List<Entry> candidates(StoredEvent event) {
        List<Entry> result = new ArrayList<>();
        Integer type = numbers.get(typeKey(event));
        if (event.date() == null || type == null) {
            return result;
        }
        int day = (int) event.date().toEpochDay();
        int dayTolerance = MergeRule.dayTolerance(event.timePrecision());
        Integer country = numbers.get(event.country());
        if (event.latitude() != null) {
            double latitude = event.latitude();
            double longitude = event.longitude();
            double ownReach = MergeRule.radiusKm(event.geoPrecision());
            for (int reach = 0; reach < REACH_KM.length; reach++) {
                double km = Math.max(ownReach, REACH_KM[reach]);
                double latSpan = km / KM_PER_DEGREE;
                // A degree of longitude is shortest at the box's edge farthest from the equator.
                double edge = Math.min(89.9, Math.abs(latitude) + latSpan);
                double lonSpan = Math.min(180, latSpan / Math.cos(Math.toRadians(edge)));
                int lonFrom = cell(longitude - lonSpan);
                int lonTo = Math.min(lonFrom + 359, cell(longitude + lonSpan));
                for (int lat = cell(latitude - latSpan); lat <= cell(latitude + latSpan); lat++) {
                    for (int lon = lonFrom; lon <= lonTo; lon++) {
                        collect(cellKey(type, reach, lat, Math.floorMod(lon + 180, 360) - 180), day, dayTolerance,
                                latitude, latSpan, result);
                    }
                }
            }
            if (country != null) {
                collect(key(type, COUNTRY_UNLOCATED, 0, country), day, dayTolerance, Double.NaN, 0, result);
            }
        } else if (country != null) {
            collect(key(type, COUNTRY, 0, country), day, dayTolerance, Double.NaN, 0, result);
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

    /**
     * Adds the entries of a bucket within the date tolerance of each precision class and, when {@code latitude}
     * is a number, within {@code latSpan} degrees of it (the great-circle distance is at least the latitude
     * difference).
     */
    private void collect(long key, int day, int dayTolerance, double latitude, double latSpan, List<Entry> into) {
        Column[] byPrecision = buckets.get(key);
        if (byPrecision == null) {
            return;
        }
        for (int precision = 1; precision <= 3; precision++) {
            Column column = byPrecision[precision - 1];
            if (column != null) {
                // Exactly the date test of MergeRule: within the sum of both tolerances less one day.
                int window = dayTolerance + classTolerance(precision) - 1;
                column.collect(day - window, day + window, latitude, latSpan, into);
            }
        }
    }

    private void put(long key, int precision, int day, double latitude, Entry entry) {
        Column[] byPrecision = buckets.get(key);
        if (byPrecision == null) {
            byPrecision = new Column[3];
            buckets.put(key, byPrecision);
        }
        if (byPrecision[precision - 1] == null) {
            byPrecision[precision - 1] = new Column();
        }
        byPrecision[precision - 1].add(day, latitude, entry);
    }

    private int number(String value) {
        Integer n = numbers.get(value);
        if (n == null) {
            n = numbers.size();
            numbers.put(value, n);
        }
        return n;
    }

    private static String typeKey(StoredEvent e) {
        return e.eventType() != null ? e.eventType() : "plover:" + e.plover();
    }

    /** Type in the high bits, then the kind of bucket, the radius class, and the cell or the country. */
    private static long key(long type, int kind, int reach, long place) {
        return type << 36 | (long) kind << 34 | (long) reach << 32 | (place & 0xffffffffL);
    }

    private static long cellKey(long type, int reach, int lat, int lon) {
        // Latitude cells of a search run from -92 to 91 (beyond the poles), longitude ones from -180 to 179.
        return key(type, CELL, reach, (lat + 92) * 512L + lon + 180);
    }

    private static int reachClass(Integer geoPrecision) {
        double km = MergeRule.radiusKm(geoPrecision);
        int reach = 0;
        while (reach < REACH_KM.length - 1 && km > REACH_KM[reach]) {
            reach++;
        }
        return reach;
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees);
    }

    /** The class of a time precision by its date tolerance: a day, a week, a month. */
    private static int precisionClass(int timePrecision) {
        int tolerance = MergeRule.dayTolerance(timePrecision);
        return tolerance <= classTolerance(1) ? 1 : tolerance <= classTolerance(2) ? 2 : 3;
    }

    private static int classTolerance(int precisionClass) {
        return MergeRule.dayTolerance(precisionClass);
    }

    void clear() {
        buckets.clear();
        numbers.clear();
        groups.clear();
        shared.clear();
        loadedFrom = null;
        loadedTo = null;
    }

    /**
     * A bucket's entries of one precision class sorted by day, in runs of at most {@value #RUN} (a run is split in
     * two when full), so that inserting a date anywhere shifts a few hundred slots at most. Days and latitudes sit
     * in flat arrays beside the entries: a search is a binary search and a scan of consecutive memory, and only
     * the entries that pass the date and latitude tests are touched (the walk from entry to event to fields, a
     * cache miss each, was most of the merge time).
     */
    private static final class Column {
        private static final int RUN = 256;
        private int[] firstDays = new int[1];
        private Run[] runs = {new Run()};
        private int size = 1;

        void add(int day, double latitude, Entry entry) {
            int at = runOf(day);
            Run run = runs[at];
            if (run.size == RUN) {
                Run upper = run.splitUpper();
                if (size == runs.length) {
                    firstDays = Arrays.copyOf(firstDays, size * 2);
                    runs = Arrays.copyOf(runs, size * 2);
                }
                System.arraycopy(firstDays, at + 1, firstDays, at + 2, size - at - 1);
                System.arraycopy(runs, at + 1, runs, at + 2, size - at - 1);
                runs[at + 1] = upper;
                firstDays[at + 1] = upper.days[0];
                size++;
                if (day > upper.days[0]) {
                    at++;
                    run = upper;
                }
            }
            run.add(day, latitude, entry);
            firstDays[at] = run.days[0];
        }

        void collect(int fromDay, int toDay, double latitude, double latSpan, List<Entry> into) {
            boolean located = !Double.isNaN(latitude);
            for (int r = runOf(fromDay); r < size; r++) {
                Run run = runs[r];
                int i = run.firstAtOrAfter(fromDay);
                for (; i < run.size && run.days[i] <= toDay; i++) {
                    if (!located || Math.abs(latitude - run.latitudes[i]) <= latSpan) {
                        into.add(run.entries[i]);
                    }
                }
                if (i < run.size) {
                    return;
                }
            }
        }

        /**
         * The last run whose first day is before {@code day}, or the first run: earlier runs hold only earlier
         * days, and a day may continue from one run into the next.
         */
        private int runOf(int day) {
            return Math.max(0, firstAtLeast(firstDays, size, day) - 1);
        }
    }

    /** The first index below {@code size} whose value in the sorted {@code values} is at least {@code key}. */
    private static int firstAtLeast(int[] values, int size, int key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Entries sorted by day, with the fields the first tests read in flat arrays. */
    private static final class Run {
        private int[] days = new int[4];
        private double[] latitudes = new double[4];
        private Entry[] entries = new Entry[4];
        private int size;

        void add(int day, double latitude, Entry entry) {
            if (size == days.length) {
                int length = size * 2;
                days = Arrays.copyOf(days, length);
                latitudes = Arrays.copyOf(latitudes, length);
                entries = Arrays.copyOf(entries, length);
            }
            // After the last slot of the same day: entries of one day stay in arrival order.
            int at = firstAtOrAfter(day + 1);
            System.arraycopy(days, at, days, at + 1, size - at);
            System.arraycopy(latitudes, at, latitudes, at + 1, size - at);
            System.arraycopy(entries, at, entries, at + 1, size - at);
            days[at] = day;
            latitudes[at] = latitude;
            entries[at] = entry;
            size++;
        }

        /** The first slot whose day is at least {@code day} ({@code size} if none). */
        int firstAtOrAfter(int day) {
            return firstAtLeast(days, size, day);
        }

        /** Moves the upper half of this run into a new run and returns it. */
        Run splitUpper() {
            int half = size / 2;
            Run upper = new Run();
            upper.days = Arrays.copyOfRange(days, half, days.length);
            upper.latitudes = Arrays.copyOfRange(latitudes, half, latitudes.length);
            upper.entries = Arrays.copyOfRange(entries, half, entries.length);
            upper.size = size - half;
            Arrays.fill(entries, half, size, null);
            size = half;
            return upper;
        }
    }
}
