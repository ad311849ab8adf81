package io.dateline.model;

/**
 * A temporal expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and ISO-TimeML value.
 *
 * @param value     normalised value, or null when it cannot be resolved
 * @param precision day, week, month, year, ... or null
 */
public record DateMention(int start, int end, String text, String type, String value, String precision) {
}
