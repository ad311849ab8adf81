package io.dateline.places;

/**
 * A name in the text that the gazetteer knows, before it is accepted as a place.
 *
 * @param start     first char
 * @param end       end char (exclusive)
 * @param firstWord index of its first word
 * @param lastWord  index of its last word
 * @param postings  gazetteer postings (entry << 1 | demonym)
 * @param loose     matched only by the loose transliteration key
 */
record Candidate(int start, int end, int firstWord, int lastWord, int[] postings, boolean loose) {
    boolean demonym() {
        for (int p : postings) {
            if ((p & 1) == 0) {
                return false;
            }
        }
        return true;
    }
}
