package io.dateline.dates;

import java.time.LocalDate;

/**
 * Calendar arithmetic relative to the publication day. Without one, every answer is an under-specified value of the
 * right precision ("XXXX-WXX" for a week), never a guess from the clock. Tense arrives as the signed distance of the
 * nearest cue from {@link TenseCues#cue}: positive looks forward, negative back, 0 none.
 */
final class Anchor {
    /** News reports look back more often than ahead: without a tense cue, a later date must be this much nearer. */
    private static final long PAST_BIAS_DAYS = 30;
    /** Cost of the side a tense cue excludes; a cue right beside the date ("ended March 31") nearly rules it out. */
    private static final long AGAINST_TENSE_DAYS = 120;
    private static final long AGAINST_CLOSE_TENSE_DAYS = 250;

    private final LocalDate day;

    Anchor(LocalDate day) {
        this.day = day;
    }

    /** The anchor moved by a number of days: "yesterday" is -1. */
    String dayOffset(int days) {
        return day == null ? "XXXX-XX-XX" : IsoValues.day(day.plusDays(days));
    }

    /** A month-day with or without its year; the year nearest to the anchor when absent. Null if no such day. */
    String day(Integer year, int month, int dayOfMonth, int cue) {
        int y;
        if (year != null) {
            y = year;
        } else if (day == null) {
            return "XXXX-" + IsoValues.two(month) + "-" + IsoValues.two(dayOfMonth);
        } else {
            y = nearestYear(month, Math.min(dayOfMonth, 28), cue);
        }
        return IsoValues.validDay(y, month, dayOfMonth) ? IsoValues.day(LocalDate.of(y, month, dayOfMonth)) : null;
    }

    /** A month alone ("in March"), or with last / next / this. */
    String month(int month, String relation, int cue) {
        if (day == null) {
            return "XXXX-" + IsoValues.two(month);
        }
        int y = day.getYear();
        int m0 = day.getMonthValue();
        if (relation == null) {
            y = nearestYear(month, 15, cue);
        } else if (relation.equals("last") || relation.equals("past")) {
            if (month >= m0) {
                y--;
            }
        } else if (relation.equals("next") || relation.equals("coming")) {
            if (month <= m0) {
                y++;
            }
        }
        return IsoValues.month(y, month);
    }

    /**
     * The year that puts a month-day nearest to the anchor, news being about the weeks around it; the clause's tense
     * breaks near-ties ("arrived in August" said in February is last August).
     */
    int nearestYear(int month, int dayOfMonth, int cue) {
        int direction = Integer.signum(cue);
        long penalty = Math.abs(cue) <= 2 && cue != 0 ? AGAINST_CLOSE_TENSE_DAYS : AGAINST_TENSE_DAYS;
        int bestYear = day.getYear();
        long bestScore = Long.MAX_VALUE;
        for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
            long days = LocalDate.of(y, month, dayOfMonth).toEpochDay() - day.toEpochDay();
            long score = Math.abs(days);
            if (direction != 0 && Long.signum(days) == -direction && Math.abs(days) > 30) {
                score += penalty;
            } else if (direction == 0 && days > 30) {
                score += PAST_BIAS_DAYS;
            }
            if (score < bestScore) {
                bestScore = score;
                bestYear = y;
            }
        }
        return bestYear;
    }

    /** last Oct. 23: the latest such day before the anchor; next Oct. 23: the first after it. */
    String relativeDay(int month, int dayOfMonth, String relation) {
        if (day == null) {
            return "XXXX-" + IsoValues.two(month) + "-" + IsoValues.two(dayOfMonth);
        }
        boolean back = relation.equals("last") || relation.equals("past");
        boolean ahead = relation.equals("next") || relation.equals("coming");
        int y = day.getYear();
        if (!IsoValues.validDay(y, month, dayOfMonth)) {
            return null;
        }
        LocalDate d = LocalDate.of(y, month, dayOfMonth);
        if (back && !d.isBefore(day)) {
            d = IsoValues.validDay(y - 1, month, dayOfMonth) ? LocalDate.of(y - 1, month, dayOfMonth) : null;
        } else if (ahead && !d.isAfter(day)) {
            d = IsoValues.validDay(y + 1, month, dayOfMonth) ? LocalDate.of(y + 1, month, dayOfMonth) : null;
        }
        return d == null ? null : IsoValues.day(d);
    }

    /**
     * A weekday (ISO 1-7): the anchor itself when it is that day, else the nearest one on the side the tense points
     * to (back by default); "last" and "next" always move.
     */
    LocalDate weekday(int dow, String relation, int direction) {
        int today = day.getDayOfWeek().getValue();
        int back = (today - dow + 7) % 7;
        int ahead = (dow - today + 7) % 7;
        if (relation != null && (relation.equals("last") || relation.equals("past"))) {
            return day.minusDays(back == 0 ? 7 : back);
        }
        if (relation != null && (relation.equals("next") || relation.equals("coming"))) {
            return day.plusDays(ahead == 0 ? 7 : ahead);
        }
        if (back == 0) {
            return day;
        }
        return direction > 0 ? day.plusDays(ahead) : day.minusDays(back);
    }

    /** The calendar unit containing the anchor, shifted by offset units: this week, last month, next year. */
    String unit(String unit, int offset) {
        if (day == null) {
            return switch (unit) {
                case "W" -> "XXXX-WXX";
                case "WE" -> "XXXX-WXX-WE";
                case "M" -> "XXXX-XX";
                case "Q" -> "XXXX-QX";
                case "Y" -> "XXXX";
                case "D" -> "XXXX-XX-XX";
                default -> null;
            };
        }
        return switch (unit) {
            case "D" -> IsoValues.day(day.plusDays(offset));
            case "W" -> IsoValues.week(day.plusWeeks(offset));
            case "WE" -> IsoValues.week(day.plusWeeks(offset)) + "-WE";
            case "M" -> {
                LocalDate d = day.plusMonths(offset);
                yield IsoValues.month(d.getYear(), d.getMonthValue());
            }
            case "Q" -> {
                LocalDate d = day.plusMonths(3L * offset);
                yield IsoValues.quarter(d.getYear(), IsoValues.quarterOf(d));
            }
            case "Y" -> IsoValues.year(day.getYear() + offset);
            case "DE" -> Integer.toString((day.getYear() + 10 * offset) / 10);
            case "CE" -> Integer.toString((day.getYear() + 100 * offset) / 100);
            default -> null;
        };
    }

    /** The anchor moved k units (negative: back), at the unit's own precision: "two weeks ago" is a week. */
    String shifted(String unit, long k) {
        if (day == null) {
            return switch (unit) {
                case "D", "H", "MIN", "S" -> "XXXX-XX-XX";
                case "W" -> "XXXX-WXX";
                case "M" -> "XXXX-XX";
                case "Q" -> "XXXX-QX";
                default -> "XXXX";
            };
        }
        return switch (unit) {
            case "D" -> IsoValues.day(day.plusDays(k));
            case "H", "MIN", "S" -> IsoValues.day(day);
            case "W", "WE" -> IsoValues.week(day.plusWeeks(k));
            case "FN" -> IsoValues.week(day.plusWeeks(2 * k));
            case "M" -> {
                LocalDate d = day.plusMonths(k);
                yield IsoValues.month(d.getYear(), d.getMonthValue());
            }
            case "Q" -> {
                LocalDate d = day.plusMonths(3 * k);
                yield IsoValues.quarter(d.getYear(), IsoValues.quarterOf(d));
            }
            case "Y" -> IsoValues.year((int) (day.getYear() + k));
            case "DE" -> Integer.toString((int) (day.getYear() + 10 * k) / 10);
            case "CE" -> Integer.toString((int) (day.getYear() + 100 * k) / 100);
            default -> null;
        };
    }

    /** this summer: the anchor year's; last spring: the previous year's; next winter: the first one to come. */
    String season(String code, int offset) {
        if (day == null) {
            return "XXXX-" + code;
        }
        int current = IsoValues.seasonIndex(IsoValues.seasonOf(day));
        int target = IsoValues.seasonIndex(code);
        int year = IsoValues.seasonYear(day);
        if (offset < 0) {
            // last winter said in January is two winters back: the current one began in December
            year = day.getYear() - (target == 3 && day.getMonthValue() <= 2 ? 2 : 1);
        } else if (offset > 0) {
            year = target > current ? year : year + 1;
        }
        return IsoValues.year(year) + "-" + code;
    }
}
