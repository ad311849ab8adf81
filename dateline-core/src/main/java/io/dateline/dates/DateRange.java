package io.dateline.dates;

import io.dateline.model.DateMention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a resolved date stands for, for event dating: "2024-W49" is Monday 2 to Sunday 8 December 2024
 * with week precision. Durations, sets, fuzzy references and under-specified values have no range.
 *
 * @param first first day, inclusive
 * @param last  last day, inclusive
 */
public record DateRange(LocalDate first, LocalDate last, DatePrecision precision) {
    // Bounded: every part has a fixed maximum length.
    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2})(T.{1,12})?)?|W(\\d{1,2})(?:-(WE|\\d))?|Q([1-4])|H([12])|(SP|SU|FA|WI)))?"
                    + "|(\\d{3})|(\\d{2})");

    /** The range of a mention's value, if it has one. */
    public static Optional<DateRange> of(DateMention mention) {
        return "DURATION".equals(mention.type()) || "SET".equals(mention.type()) ? Optional.empty()
                : parse(mention.value());
    }

    /** The range of an ISO-TimeML date value such as 2024-12-02, 2024-W49, 2024-12, 2024-Q4, 2024 or 202. */
    public static Optional<DateRange> parse(String value) {
        if (value == null || value.length() > 24) {
            return Optional.empty();
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group(10) != null) {
                int y = Integer.parseInt(m.group(10)) * 10;
                return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31),
                        DatePrecision.DECADE));
            }
            if (m.group(11) != null) {
                int y = Integer.parseInt(m.group(11)) * 100;
                return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31),
                        DatePrecision.CENTURY));
            }
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) == null) {
                    LocalDate first = LocalDate.of(year, month, 1);
                    return Optional.of(new DateRange(first, first.with(TemporalAdjusters.lastDayOfMonth()),
                            DatePrecision.MONTH));
                }
                LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
                return Optional.of(new DateRange(day, day, m.group(4) != null ? DatePrecision.TIME : DatePrecision.DAY));
            }
            if (m.group(5) != null) {
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(5)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                String day = m.group(6);
                if (day == null) {
                    return Optional.of(new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK));
                }
                if (day.equals("WE")) {
                    return Optional.of(new DateRange(monday.plusDays(5), monday.plusDays(6), DatePrecision.WEEKEND));
                }
                LocalDate d = monday.plusDays(Integer.parseInt(day) - 1L);
                return Optional.of(new DateRange(d, d, DatePrecision.DAY));
            }
            if (m.group(7) != null) {
                LocalDate first = LocalDate.of(year, (Integer.parseInt(m.group(7)) - 1) * 3 + 1, 1);
                return Optional.of(new DateRange(first, first.plusMonths(3).minusDays(1), DatePrecision.QUARTER));
            }
            if (m.group(8) != null) {
                LocalDate first = LocalDate.of(year, m.group(8).equals("1") ? 1 : 7, 1);
                return Optional.of(new DateRange(first, first.plusMonths(6).minusDays(1), DatePrecision.HALF));
            }
            if (m.group(9) != null) {
                int startMonth = switch (m.group(9)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDate first = LocalDate.of(year, startMonth, 1);
                return Optional.of(new DateRange(first, first.plusMonths(3).minusDays(1), DatePrecision.SEASON));
            }
            return Optional.of(new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** ACLED's time_precision for an event dated by this range: 1 a day, 2 a week, 3 a month or coarser. */
    public int acledTimePrecision() {
        return switch (precision) {
            case TIME, DAY -> 1;
            case WEEKEND, WEEK -> 2;
            default -> 3;
        };
    }

    /** Whether the day falls inside the range. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** The precision of a value even when it is under-specified ("XXXX-XX-XX" is day precision), or null. */
    public static DatePrecision precisionOf(String value) {
        if (value == null || value.endsWith("_REF") || value.startsWith("P")) {
            return null;
        }
        String v = value.replace("WXX", "W01").replace("-XX", "-01").replace('X', '1');
        return parse(v).map(DateRange::precision).orElse(null);
    }
}
