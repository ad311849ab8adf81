package io.dateline.text;

import java.util.Map;

/**
 * A fixed table from short words to small int values, probed with a range of a string so that lookups on the
 * tokenizer's hot path allocate nothing. A folded table stores its keys lowercased and lowercases each probe.
 */
final class ShortWordTable {
    static final int ABSENT = -1;

    private final String[] keys;
    private final int[] values;
    private final int mask;
    private final int maxLength;
    private final boolean folded;

    ShortWordTable(Map<String, Integer> entries, boolean folded) {
        this.folded = folded;
        int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 3)) * 2;
        this.keys = new String[capacity];
        this.values = new int[capacity];
        this.mask = capacity - 1;
        int longest = 0;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            String key = fold(entry.getKey());
            if (key.isEmpty()) {
                continue;
            }
            longest = Math.max(longest, key.length());
            int slot = slot(hash(key, 0, key.length()));
            while (keys[slot] != null && !keys[slot].equals(key)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = entry.getValue();
        }
        this.maxLength = longest;
    }

    /** The value of text[start, end), or {@link #ABSENT}. */
    int get(String text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length > maxLength) {
            return ABSENT;
        }
        for (int slot = slot(hash(text, start, end)); ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return ABSENT;
            }
            if (key.length() == length && sameChars(key, text, start)) {
                return values[slot];
            }
        }
    }

    boolean contains(String text, int start, int end) {
        return get(text, start, end) != ABSENT;
    }

    boolean contains(String word) {
        return get(word, 0, word.length()) != ABSENT;
    }

    int maxLength() {
        return maxLength;
    }

    private boolean sameChars(String key, String text, int start) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != fold(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        return h;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    private char fold(char c) {
        return folded ? Character.toLowerCase(c) : c;
    }

    /** Char by char, so that a folded key never changes length (String.toLowerCase can). */
    private String fold(String word) {
        if (!folded) {
            return word;
        }
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
