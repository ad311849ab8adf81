package io.dateline.dates;

/**
 * A temporal expression found by the grammar: tokens [first, end) with its TIMEX3 type and value.
 *
 * @param explicitQuarter a quarter named outright ("the third quarter"), which later "a year earlier" refers to
 */
record Found(int first, int end, String type, String value, boolean explicitQuarter) {
    Found(int first, int end, String type, String value) {
        this(first, end, type, value, false);
    }

    static Found quarter(int first, int end, String value) {
        return new Found(first, end, "DATE", value, Character.isDigit(value.charAt(0)));
    }
}
