package io.dateline.dates;

import java.time.LocalDate;

/** Quarters and halves of (fiscal) years: "the third quarter", "third-quarter", "the 1988 period", "the first half". */
final class QuarterRules {
    private static final String DATE = "DATE";

    private final DateTokens t;
    private final LocalDate anchor;
    private final Anchor calendar;
    private final StoryMemory memory;
    private final CalendarDateRules calendarDates;

    QuarterRules(DateTokens tokens, LocalDate anchor, Anchor calendar, StoryMemory memory,
                 CalendarDateRules calendarDates) {
        this.t = tokens;
        this.calendarDates = calendarDates;
        this.anchor = anchor;
        this.calendar = calendar;
        this.memory = memory;
    }

    /** the third quarter [of 1989], third-quarter, the fiscal first quarter, this year's second quarter, the first half. */
    Found quarter(int i) {
        int j = i;
        boolean the = false;
        if (t.is(j, WordKind.DETERMINER)) {
            the = true;
            j++;
        }
        Integer year = null;
        // this year's / last year's / 1989's
        if ((t.isWord(j, "this") || t.isWord(j, "last") || t.isWord(j, "next")) && t.isWord(j + 1, "year")
                && t.isPossessive(j + 2)) {
            year = anchor == null ? null : anchor.getYear() + (t.isWord(j, "last") ? -1 : t.isWord(j, "next") ? 1 : 0);
            j += 4;
        } else if (t.plainNumber(j, 4, 4) >= 1000 && t.isPossessive(j + 1)) {
            year = t.number[j];
            j += 3;
        } else if (the && t.plainNumber(j, 4, 4) >= 1000) {
            year = t.number[j]; // the 1988 quarter, the 1988 third quarter
            j++;
        }
        boolean yearFirst = year != null;
        if (t.is(j, WordKind.FISCAL)) {
            j++;
            if (t.plainNumber(j, 4, 4) >= 1000) {
                year = t.number[j];
                j++;
            }
        }
        int ordinal = 0;
        String rel = null;
        if (t.is(j, WordKind.ORDINAL)) {
            ordinal = t.word[j].value();
            j++;
        } else if (t.isWord(j, "second")) {
            ordinal = 2;
            j++;
        } else if (t.is(j, WordKind.RELATIVE)) {
            rel = t.lower(j);
            j++;
        } else if (t.isWord(j, "corresponding") || t.isWord(j, "comparable")) {
            rel = "same"; // the corresponding period last year
            j++;
        }
        if (t.is(j, WordKind.FISCAL)) {
            j++;
        }
        if (ordinal > 0 && t.isPunct(j, '-') && t.adjacent(j - 1) && t.adjacent(j)) {
            j++;
        }
        boolean half = t.is(j, WordKind.HALF);
        boolean period = t.is(j, WordKind.PERIOD) && ordinal == 0 && ("latest".equals(rel) || yearFirst && rel == null
                || the && ("same".equals(rel) || rel == null) && yearBack(j + 1) > 0);
        if (!half && !period && !(t.is(j, WordKind.UNIT) && t.word[j].code().equals("Q"))) {
            return null;
        }
        if (half && ordinal == 0 && "last".equals(rel)) {
            ordinal = 2; // the last half of 1989
        }
        if (half && ordinal != 1 && ordinal != 2) {
            return null;
        }
        int end = j + 1;
        // of [fiscal] 1990 / 1990
        int k = t.isWord(end, "of") ? end + 1 : end;
        if (t.is(k, WordKind.FISCAL)) {
            k++;
        }
        int y = t.plainNumber(k, 4, 4);
        if (y >= 1000 && y <= 2199) {
            year = y;
            end = k + 1;
        } else if (k > end && anchor != null && t.isWord(k + 1, "year")
                && (t.isWord(k, "next") || t.isWord(k, "last") || t.isWord(k, "this"))) {
            // the first quarter of next year
            year = anchor.getYear() + (t.isWord(k, "next") ? 1 : t.isWord(k, "last") ? -1 : 0);
            end = k + 2;
        }
        if (ordinal == 0 && rel == null && !the && !yearFirst) {
            return null;
        }
        if (half) {
            if (ordinal == 0) {
                return null;
            }
            // the last half of the '80s: a half of a decade is not a value of its own; the decade is
            Found decade = t.isWord(j + 1, "of") ? calendarDates.year(j + 2) : null;
            if (decade != null && decade.value().length() == 3) {
                return new Found(i, decade.end(), DATE, decade.value());
            }
            return new Found(i, end, DATE, yearOrX(year) + "-H" + ordinal);
        }
        if (ordinal == 99) {
            ordinal = 4;
        }
        if (ordinal >= 1 && ordinal <= 4) {
            if (year == null && anchor != null && ordinal > IsoValues.quarterOf(anchor)
                    && TenseCues.direction(t, i) <= 0) {
                year = anchor.getYear() - 1; // "fourth-quarter results" in January are last year's
            }
            String value = yearOrX(year) + "-Q" + ordinal;
            return reported(year, ordinal, i) ? Found.quarter(i, end, value) : new Found(i, end, DATE, value);
        }
        if (ordinal > 0) {
            return null;
        }
        // the 1988 period after "the first nine months": the longer period the story is comparing, in that year
        if (yearFirst && rel == null && period && !memory.quarterPeriod()) {
            return new Found(i, end, DATE, IsoValues.year(year));
        }
        // the 1988 quarter / period: the quarter under discussion, in that year
        if (yearFirst && rel == null) {
            int q = memory.quarter() != null ? memory.quarter().charAt(6) - '0' : anchor != null
                    ? IsoValues.quarterOf(anchor.minusMonths(3)) : 0;
            return new Found(i, end, DATE, q == 0 ? IsoValues.year(year) + "-QX" : IsoValues.quarter(year, q));
        }
        // the quarter, the latest quarter, the current quarter, last quarter, next quarter
        if (rel == null || rel.equals("same")) {
            String q = memory.quarter() != null ? memory.quarter() : calendar.unit("Q", -1);
            // the quarter ended July 31: the calendar quarter holding most of the three months to that day
            Found endDay = t.isWord(end, "ended") || t.isWord(end, "ending") ? calendarDates.month(end + 1) : null;
            if (endDay != null && endDay.value().length() == 10 && Character.isDigit(endDay.value().charAt(0))) {
                LocalDate middle = LocalDate.parse(endDay.value()).minusDays(45);
                q = IsoValues.quarter(middle.getYear(), IsoValues.quarterOf(middle));
            }
            // the quarter a year ago, the corresponding period last year: that quarter one year back
            int back = yearBack(end);
            if (back > 0 && q != null && Character.isDigit(q.charAt(0))) {
                return new Found(i, back, DATE, IsoValues.quarter(Integer.parseInt(q.substring(0, 4)) - 1,
                        q.charAt(6) - '0'));
            }
            return new Found(i, end, DATE, q);
        }
        int offset = switch (rel) {
            case "this", "current" -> 0;
            case "last", "previous", "past", "prior", "latest" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 9;
        };
        if (offset == 9) {
            return null;
        }
        return new Found(i, end, DATE, calendar.unit("Q", offset));
    }

    /** A capital Q or H glued to a digit, as in "Q3" or "H1". */
    static boolean periodLetter(DateTokens t, int i) {
        if (t.kind[i] != DateTokens.WORD || t.length(i) != 1 || !t.adjacent(i)) {
            return false;
        }
        char c = t.text.charAt(t.start[i]);
        return c == 'Q' || c == 'H';
    }

    /** Q3, Q3 2024, H1 2025: the short forms of quarters and halves in business news. */
    Found shortForm(int i) {
        if (!periodLetter(t, i)) {
            return null;
        }
        boolean quarter = t.text.charAt(t.start[i]) == 'Q';
        int n = t.plainNumber(i + 1, 1, 1);
        if (n < 1 || n > (quarter ? 4 : 2) || t.adjacent(i + 1) && t.kind[i + 2] != DateTokens.PUNCT) {
            return null;
        }
        int end = i + 2;
        Integer year = null;
        int y = t.plainNumber(end, 4, 4);
        if (y >= 1000 && y <= 2199) {
            year = y;
            end++;
        } else if (quarter && anchor != null && n > IsoValues.quarterOf(anchor) && TenseCues.direction(t, i) <= 0) {
            year = anchor.getYear() - 1; // "Q4 results" in January are last year's
        }
        String value = yearOrX(year) + (quarter ? "-Q" : "-H") + n;
        if (!quarter) {
            return new Found(i, end, DATE, value);
        }
        return reported(year, n, i) ? Found.quarter(i, end, value) : new Found(i, end, DATE, value);
    }

    /** After "the quarter": "last year", "a year ago / earlier / before", "of last year"; the end, or -1. */
    private int yearBack(int k) {
        int j = t.isWord(k, "of") ? k + 1 : k;
        if (t.isWord(j, "last") && t.isWord(j + 1, "year")) {
            return j + 2;
        }
        if (j == k && t.isWord(k, "a") && t.isWord(k + 1, "year")
                && (t.isWord(k + 2, "ago") || t.isWord(k + 2, "earlier") || t.isWord(k + 2, "before"))) {
            return k + 3;
        }
        return -1;
    }

    /**
     * Whether a named quarter can be the one whose results the story reports, which later "a year earlier" refers
     * to: not when it has not ended by the publication date and the clause looks forward ("will result in a
     * fourth-quarter charge"), a forecast. "Reported a decline in fourth-quarter earnings" is a report.
     */
    private boolean reported(Integer year, int ordinal, int at) {
        if (anchor == null) {
            return true;
        }
        int y = year != null ? year : anchor.getYear();
        boolean ended = y < anchor.getYear() || y == anchor.getYear() && ordinal < IsoValues.quarterOf(anchor);
        return ended || TenseCues.direction(t, at) <= 0;
    }

    private String yearOrX(Integer year) {
        if (year != null) {
            return IsoValues.year(year);
        }
        return anchor == null ? "XXXX" : IsoValues.year(anchor.getYear());
    }
}
