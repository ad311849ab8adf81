package io.dateline.dates;

/**
 * What the story has named so far, for expressions that refer back to it: "a year earlier" after "the third
 * quarter" (but after "the first nine months" it is the year), "the following year" after "1995", "at 10:35 a.m."
 * after "on Friday".
 */
final class StoryMemory {
    /** How many tokens after a named day a bare time still belongs to it: about a sentence. */
    private static final int DAY_REACH = 30;

    private String quarter;
    private boolean quarterPeriod;
    private String day;
    private int dayToken;
    private String year;
    private String month;

    void remember(Found f) {
        String v = f.value();
        if (v == null) {
            return;
        }
        rememberPeriod(f.type(), v);
        if (v.length() < 4 || !Character.isDigit(v.charAt(0))) {
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

    /**
     * Which kind of period the story is comparing: a quarter ("the third quarter", "the latest quarter") or a longer
     * one ("the first nine months", "last year", "fiscal 1989", "the first half"). Other expressions leave it as is.
     */
    private void rememberPeriod(String type, String v) {
        if ("DATE".equals(type) && v.length() == 7 && v.charAt(5) == 'Q' && Character.isDigit(v.charAt(6))) {
            quarterPeriod = true;
        } else if ("DATE".equals(type) && (v.length() == 4 && Character.isDigit(v.charAt(3))
                || v.length() == 7 && v.charAt(5) == 'H')) {
            quarterPeriod = false;
        } else if ("DURATION".equals(type) && longSpan(v)) {
            quarterPeriod = false;
        }
    }

    /** P6M to P12M, P1Y, P2Q and more: a span reported on as a whole, longer than a quarter. */
    private static boolean longSpan(String v) {
        if (v.length() < 3 || v.charAt(0) != 'P' || v.length() > 4) {
            return false;
        }
        char unit = v.charAt(v.length() - 1);
        String n = v.substring(1, v.length() - 1);
        if (n.isEmpty() || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int count = Integer.parseInt(n);
        return unit == 'M' && count >= 6 && count <= 12 || unit == 'Y' && count == 1 || unit == 'Q' && count >= 2;
    }

    /** Whether the last period the story compared was a quarter rather than a longer one. */
    boolean quarterPeriod() {
        return quarterPeriod;
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
