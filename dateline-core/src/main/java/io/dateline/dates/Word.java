package io.dateline.dates;

/**
 * A lexicon entry.
 *
 * @param value numeric meaning: month 1-12, ISO weekday 1-7, number, ordinal, or a code's index
 * @param code  textual meaning: unit letter (D, W, M, Y, Q, H, MIN, S, DE, CE, WE), season code, modifier or
 *              relation name
 */
record Word(WordKind kind, int value, String code) {
    boolean is(WordKind k) {
        return kind == k;
    }
}
