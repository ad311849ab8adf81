package io.dateline.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A merged event computed from its live members, by the same rule as the SQL refresh: the most confident report
 * (then the lowest event id) gives the fields, fatalities and injured are the lowest figures reported (ACLED's
 * conservative rule), sources count the distinct articles.
 */
record MergedRow(String mergedId, String bestEventId, Integer fatalities, Integer injured, int sources) {
    static MergedRow of(String mergedId, List<MergeIndex.Entry> members) {
        MergeIndex.Entry best = null;
        Integer fatalities = null;
        Integer injured = null;
        Set<String> articles = members.size() > 1 ? new HashSet<>() : null;
        for (MergeIndex.Entry e : members) {
            if (best == null || e.confidence() > best.confidence()
                    || (e.confidence() == best.confidence() && e.eventId().compareTo(best.eventId()) < 0)) {
                best = e;
            }
            fatalities = lowest(fatalities, e.fatalities());
            injured = lowest(injured, e.injured());
            if (articles != null) {
                articles.add(e.articleId());
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("a merged event needs a member: " + mergedId);
        }
        return new MergedRow(mergedId, best.eventId(), fatalities, injured, articles == null ? 1 : articles.size());
    }

    /** SQL's min: missing figures are ignored. */
    private static Integer lowest(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null || a <= b ? a : b;
    }
}
