package io.dateline.dates;

/**
 * What the story has named so far, for expressions that refer back to it: "a year earlier" after "the third
 * quarter", "the following year" after "1995", "at 10:35 a.m." after "on Friday".
 */
final class StoryMemory {
    /** How many tokens after a named day a bare time still belongs to it: about a sentence. */
    private static final int DAY_REACH = 30;

    private String quarter;
    private String day;
    private int dayToken;
    private String year;
    private String month;

    void remember(Found f) {
        String v = f.value();
        if (v == null || v.length() < 4 || !Character.isDigit(v.charAt(0))) {
            return;
        }
        if (f.explicitQuarter()) {
            quarter = v;
        }
        if (v.length() >= 10 && v.charAt(7) == '-') {
            day = v.substring(0, 10);
            dayToken = f.end();
        }
        if (Character.isDigit(v.charAt(3)) && "DATE".equals(f.type())) {
            year = v.substring(0, 4);
        }
        if (v.length() >= 7 && v.charAt(4) == '-' && Character.isDigit(v.charAt(5))) {
            month = v.substring(0, 7);
        }
    }

    /** The last quarter named outright, e.g. "1989-Q3", or null. */
    String quarter() {
        return quarter;
    }

    /** The last day named, e.g. "1998-08-07", or null. */
    String day() {
        return day;
    }

    /** The last day named within about a sentence before token {@code at}, or null. */
    String dayNear(int at) {
        return day != null && at - dayToken <= DAY_REACH ? day : null;
    }

    /** The year of the last date named, e.g. "1995", or null. */
    String year() {
        return year;
    }

    /** The month of the last date named, e.g. "1995-03", or null. */
    String month() {
        return month;
    }
}
