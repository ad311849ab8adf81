package io.dateline.dates;

/**
 * A lexicon entry.
 *
 * @param key   the word, lower case without dots
 * @param value numeric meaning: month 1-12, ISO weekday 1-7, number, ordinal, or a code's index
 * @param code  textual meaning: unit letter (D, W, M, Y, Q, H, MIN, S, DE, CE, WE), season code, modifier or
 *              relation name
 */
record Word(String key, WordKind kind, int value, String code) {
    boolean is(WordKind k) {
        return kind == k;
    }
}
