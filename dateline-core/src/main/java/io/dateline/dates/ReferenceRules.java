package io.dateline.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Fuzzy references ("now", "recently", "the future") and holidays ("Christmas Eve", "Thanksgiving"). */
final class ReferenceRules {
    private static final String DATE = "DATE";

    private final DateTokens t;
    private final LocalDate anchor;
    private final Anchor calendar;

    ReferenceRules(DateTokens tokens, LocalDate anchor, Anchor calendar) {
        this.t = tokens;
        this.anchor = anchor;
        this.calendar = calendar;
    }

    /** now, currently, recently, the past, the future, soon, these days. */
    Found reference(int i) {
        if (t.is(i, WordKind.PRESENT_REF)) {
            if (t.isWord(i, "now") && t.isWord(i + 1, "that")) {
                return null;
            }
            return new Found(i, i + 1, DATE, "PRESENT_REF");
        }
        if (t.is(i, WordKind.PAST_REF)) {
            return new Found(i, i + 1, DATE, "PAST_REF");
        }
        // "current" as in "the current crisis"; not "current account" nor "the current quarter"
        if (t.isWord(i, "current") && !t.is(i + 1, WordKind.UNIT) && !t.isWord(i + 1, "account")
                && !t.isWord(i + 1, "accounts") && !t.is(i + 1, WordKind.FISCAL)) {
            return new Found(i, i + 1, DATE, "PRESENT_REF");
        }
        // "soon", but not "as soon as" nor "soon after"; "was soon released" is "shortly after", in the past
        if (t.isWord(i, "soon") && !t.isWord(i - 1, "as") && !t.isWord(i + 1, "after")
                && TenseCues.cue(t, i) != -1) {
            return new Found(i, i + 1, DATE, "FUTURE_REF");
        }
        int j = t.is(i, WordKind.DETERMINER) ? i + 1 : i;
        if (t.isWord(j, "near") && t.isWord(j + 1, "future")) {
            j++;
        }
        // "the future" and "in future" name a time; "future payments" does not
        if (t.isWord(j, "future") && (j > i || t.isWord(i - 1, "in"))) {
            return new Found(i, j + 1, DATE, "FUTURE_REF");
        }
        if (j > i && t.isWord(j, "past") && Quantity.at(t, j + 1) == null && !t.is(j + 1, WordKind.UNIT)
                && !t.is(j + 1, WordKind.UNITS)) {
            return new Found(i, j + 1, DATE, "PAST_REF");
        }
        if (t.isWord(i, "these") && t.isWord(i + 1, "days")) {
            return new Found(i, i + 2, DATE, "PRESENT_REF");
        }
        return null;
    }

    /** Christmas, Thanksgiving Day, Halloween, Easter [week], Election Day. */
    Found holiday(int i) {
        if (!t.is(i, WordKind.HOLIDAY) || !t.capitalized(i)) {
            return null;
        }
        String code = t.word[i].code();
        if (code.equals("ELECTION") && !(t.isWord(i + 1, "day") && t.capitalized(i + 1))) {
            return null; // "Election officials": only Election Day is a date
        }
        int end = i + 1;
        int shift = 0;
        boolean week = false;
        if (t.isWord(end, "day")) {
            end++;
        } else if (t.isWord(end, "eve")) {
            shift = -1;
            end++;
        } else if (code.equals("EASTER") && (t.isWord(end, "week") || t.isWord(end, "sunday")
                || t.isWord(end, "monday"))) {
            week = t.isWord(end, "week");
            shift = t.isWord(end, "monday") ? 1 : 0;
            end++;
        }
        int y = t.yearAt(end, true);
        Integer year = null;
        if (y > 0) {
            year = y;
            end = t.yearEnd(end);
        } else if (anchor != null) {
            year = anchor.getYear();
        }
        if (year == null) {
            return code.length() != 5 ? null : new Found(i, end, DATE, week ? "XXXX-WXX" : "XXXX-" + code);
        }
        LocalDate d = holidayIn(code, year).plusDays(shift);
        if (y < 0 && anchor != null) {
            // the occurrence nearest the publication date, as for a month and day without a year
            d = holidayIn(code, calendar.nearestYear(d.getMonthValue(), Math.min(d.getDayOfMonth(), 28),
                    TenseCues.cue(t, i))).plusDays(shift);
        }
        return new Found(i, end, DATE, week ? IsoValues.week(d) : IsoValues.day(d));
    }

    /** The holiday's day in a year: a fixed "MM-DD" code, or a rule (Thanksgiving, Easter, Election Day). */
    private static LocalDate holidayIn(String code, int year) {
        return switch (code) {
            case "THANKSGIVING" -> IsoValues.nthWeekday(year, 11, DayOfWeek.THURSDAY, 4);
            case "EASTER" -> IsoValues.easter(year);
            // the Tuesday after the first Monday of November
            case "ELECTION" -> IsoValues.nthWeekday(year, 11, DayOfWeek.MONDAY, 1).plusDays(1);
            default -> LocalDate.of(year, Integer.parseInt(code.substring(0, 2)), Integer.parseInt(code.substring(3)));
        };
    }
}
