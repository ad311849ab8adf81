package io.dateline.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Fuzzy references ("now", "recently", "the future") and holidays ("Christmas Eve", "Thanksgiving"). */
final class ReferenceRules {
    private static final String DATE = "DATE";

    private final DateTokens t;
    private final LocalDate anchor;

    ReferenceRules(DateTokens tokens, LocalDate anchor) {
        this.t = tokens;
        this.anchor = anchor;
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
        // "soon", but not "as soon as" nor "soon after"
        if (t.isWord(i, "soon") && !t.isWord(i - 1, "as") && !t.isWord(i + 1, "after")) {
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

    /** Christmas, Thanksgiving Day, Halloween. */
    Found holiday(int i) {
        if (!t.is(i, WordKind.HOLIDAY) || !t.capitalized(i)) {
            return null;
        }
        String code = t.word[i].code();
        int end = i + 1;
        boolean eve = false;
        if (t.isWord(end, "day")) {
            end++;
        } else if (t.isWord(end, "eve")) {
            eve = true;
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
            return code.equals("THANKSGIVING") ? null : new Found(i, end, DATE, "XXXX-" + code);
        }
        LocalDate d = code.equals("THANKSGIVING")
                ? IsoValues.nthWeekday(year, 11, DayOfWeek.THURSDAY, 4)
                : LocalDate.of(year, Integer.parseInt(code.substring(0, 2)), Integer.parseInt(code.substring(3)));
        if (eve) {
            d = d.minusDays(1);
        }
        if (y < 0 && anchor != null) {
            int direction = TenseCues.direction(t, i);
            if (d.isAfter(anchor.plusDays(7)) && direction <= 0) {
                return holidayIn(code, eve, i, end, year - 1);
            }
            if (d.isBefore(anchor.minusDays(60)) && direction > 0) {
                return holidayIn(code, eve, i, end, year + 1);
            }
        }
        return new Found(i, end, DATE, IsoValues.day(d));
    }

    private Found holidayIn(String code, boolean eve, int i, int end, int year) {
        LocalDate d = code.equals("THANKSGIVING")
                ? IsoValues.nthWeekday(year, 11, DayOfWeek.THURSDAY, 4)
                : LocalDate.of(year, Integer.parseInt(code.substring(0, 2)), Integer.parseInt(code.substring(3)));
        return new Found(i, end, DATE, IsoValues.day(eve ? d.minusDays(1) : d));
    }
}
