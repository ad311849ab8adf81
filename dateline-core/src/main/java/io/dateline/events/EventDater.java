package io.dateline.events;

import io.dateline.model.DateMention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * The date of an event and ACLED time_precision (1 day, 2 week or a few days, 3 month): the resolved date mention
 * closest to the trigger in its clause (a month only where no day is), else in its sentence; else the publication
 * date with precision 2 (news reports recent events), else no date with precision 3. Week and month values are coded to their middle
 * (Wednesday, the 15th), as ACLED does for imprecise dates.
 */
public final class EventDater {
    public record Dating(String date, int precision) {
    }

    private static final java.util.regex.Pattern DAY_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(yesterday|last|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2})\\b");

    /** Characters a month-only date must be nearer the trigger than a day to win over it. */
    private static final int MONTH_PENALTY = 400;

    /** Characters between the two ends of a range: " and ", " to ", " through ", "-". */
    private static final int MAX_RANGE_GAP = 9;

    private EventDater() {
    }

    /**
     * @param dates         date mentions of the sentence
     * @param clauseStart   offsets of the event's clause
     * @param triggerOffset offset of the trigger
     */
    public static Dating date(List<DateMention> dates, int clauseStart, int clauseEnd, int triggerOffset,
                              LocalDate published) {
        Dating best = null;
        int bestDistance = Integer.MAX_VALUE;
        Dating previous = null;
        int previousEnd = Integer.MIN_VALUE;
        for (DateMention d : dates) {
            Dating resolved = resolve(d);
            boolean rangeEnd = resolved != null && previous != null
                    && endsRangeFrom(previous, previousEnd, d, resolved);
            previous = resolved;
            previousEnd = d.end();
            if (resolved == null || rangeEnd) {
                continue;
            }
            boolean inClause = d.start() >= clauseStart && d.end() <= clauseEnd;
            // a month named in the clause mostly dates something the act refers to ("the victims of the November
            // 2024 collapse"); a day in the clause dates the act itself
            int distance = Math.abs(d.start() - triggerOffset) + (inClause ? 0 : 100_000)
                    + (resolved.precision() == 3 ? MONTH_PENALTY : 0);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = resolved;
            }
        }
        if (best != null) {
            return best;
        }
        return published == null ? new Dating(null, 3) : new Dating(published.toString(), 2);
    }

    /**
     * "between 15 and 16 July", "from 3 to 5 May": the later day of a range right after its first day is not a
     * separate dating, so that a multi-day event is coded to the day it started, as ACLED codes it.
     */
    private static boolean endsRangeFrom(Dating first, int firstEnd, DateMention d, Dating resolved) {
        return d.start() - firstEnd <= MAX_RANGE_GAP && first.precision() == 1 && resolved.precision() == 1
                && first.date() != null && resolved.date() != null && first.date().compareTo(resolved.date()) < 0;
    }

    static Dating resolve(DateMention d) {
        // a TIME that names its day ("yesterday evening", "last night": 2024-07-30TEV) dates that day; a bare
        // "midday" or "the night" only repeats the anchor's day
        boolean dayTime = "TIME".equals(d.type()) && d.text() != null && DAY_WORDS.matcher(d.text()).find();
        if (d.value() == null || d.type() != null && !d.type().equals("DATE") && !dayTime) {
            return null;
        }
        String v = d.value();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                int p = "week".equals(d.precision()) ? 2 : "month".equals(d.precision()) ? 3 : 1;
                return new Dating(v.substring(0, 10), p);
            }
            if (v.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)))
                        .with(DayOfWeek.MONDAY);
                return new Dating(monday.plusDays(2).toString(), 2);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return new Dating(v + "-15", 3);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
