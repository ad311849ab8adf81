package io.dateline.dates;

/** A temporal expression found by the grammar: tokens [first, end) with its TIMEX3 type and value. */
record Found(int first, int end, String type, String value) {
}
