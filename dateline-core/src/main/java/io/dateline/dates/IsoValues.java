package io.dateline.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Formats ISO-TimeML values and does the calendar arithmetic behind them. */
final class IsoValues {
    private IsoValues() {
    }

    static String year(int year) {
        return pad4(year);
    }

    static String month(int year, int month) {
        return pad4(year) + "-" + two(month);
    }

    static String day(LocalDate d) {
        return pad4(d.getYear()) + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
    }

    /** ISO week, e.g. 2024-W01; the week-based year may differ from the calendar year at year ends. */
    static String week(LocalDate d) {
        return pad4(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return pad4(year) + "-Q" + q;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** Season of a date by meteorological convention: Dec-Feb winter, counted in the year of its December. */
    static String seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        return m <= 2 || m == 12 ? "WI" : m <= 5 ? "SP" : m <= 8 ? "SU" : "FA";
    }

    static int seasonYear(LocalDate d) {
        return d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
    }

    static int seasonIndex(String code) {
        return switch (code) {
            case "SP" -> 0;
            case "SU" -> 1;
            case "FA" -> 2;
            default -> 3;
        };
    }

    /** The n-th given weekday of a month (n = 4 for Thanksgiving). */
    static LocalDate nthWeekday(int year, int month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static boolean validDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    static String pad4(int v) {
        if (v >= 1000) {
            return Integer.toString(v);
        }
        String s = Integer.toString(v);
        return "0".repeat(4 - s.length()) + s;
    }
}
