package io.dateline.dates;

import java.util.Locale;

/** How fine a resolved date is, from a time of day up to a century. */
public enum DatePrecision {
    TIME, DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY;

    /** The name used in {@code DateMention.precision}: lower case, e.g. "day". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The precision a DateMention carries, or null for labels this enum does not know. */
    public static DatePrecision fromLabel(String label) {
        if (label == null) {
            return null;
        }
        for (DatePrecision p : values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        return null;
    }
}
