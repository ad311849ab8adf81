package io.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The live events the merger compares new ones with, by type and date, kept in memory by the single writer so that
 * merging a batch costs one query for the dates it reaches, not one per event. Loaded lazily by date range.
 */
final class MergeIndex {
    record Entry(StoredEvent event, String mergedId) {
    }

    private final Map<String, NavigableMap<LocalDate, List<Entry>>> byType = new HashMap<>();
    private LocalDate loadedFrom;
    private LocalDate loadedTo;

    static String typeKey(StoredEvent e) {
        return e.eventType() != null ? e.eventType() : "plover:" + e.plover();
    }

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
        byType.computeIfAbsent(typeKey(event), k -> new TreeMap<>())
                .computeIfAbsent(event.date(), d -> new ArrayList<>()).add(new Entry(event.withoutEvidence(), mergedId));
    }

    List<Entry> candidates(StoredEvent event, int windowDays) {
        NavigableMap<LocalDate, List<Entry>> dates = byType.get(typeKey(event));
        List<Entry> result = new ArrayList<>();
        if (dates != null && event.date() != null) {
            for (List<Entry> entries : dates.subMap(event.date().minusDays(windowDays), true,
                    event.date().plusDays(windowDays), true).values()) {
                result.addAll(entries);
            }
        }
        return result;
    }

    void clear() {
        byType.clear();
        loadedFrom = null;
        loadedTo = null;
    }
}
