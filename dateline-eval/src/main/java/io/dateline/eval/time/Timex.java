package io.dateline.eval.time;

/** One temporal expression as scored: a character span with its TIMEX3 type and value (value may be null). */
public record Timex(int start, int end, String type, String value) {
    boolean overlaps(Timex other) {
        return start < other.end && other.start < end;
    }
}
