package io.dateline.clean;

/**
 * One line of a page: where it is in the raw text, and its comparison key (trimmed, inner whitespace collapsed,
 * lower case) used to spot repeats. Keys of long lines are not kept: only short lines (headlines, captions, crumbs)
 * repeat on scraped pages, and hashing megabyte lines would waste time and memory.
 */
record PageLine(int index, int start, int end, String trimmed, String key) {
    static final int MAX_KEYED_LENGTH = 600;

    boolean blank() {
        return trimmed.isEmpty();
    }
}
