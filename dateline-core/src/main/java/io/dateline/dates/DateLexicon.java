package io.dateline.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The temporal words, loaded once from {@code lexicon.tsv}; keys are lower case without dots. */
final class DateLexicon {
    static final int MAX_WORD_LENGTH = 14;
    private static final DateLexicon INSTANCE = load();

    // Open addressing over lower-case keys, so that a word in the text is looked up without building a String.
    private final String[] keys;
    private final Word[] values;
    private final int mask;

    private DateLexicon(Map<String, Word> words) {
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        keys = new String[capacity];
        values = new Word[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Word> e : words.entrySet()) {
            int h = e.getKey().hashCode() & mask;
            while (keys[h] != null) {
                h = (h + 1) & mask;
            }
            keys[h] = e.getKey();
            values[h] = e.getValue();
        }
    }

    /** The entry for text[from, to) lower-cased with dots left out, or null; allocates nothing. */
    Word lookup(CharSequence text, int from, int to) {
        int h = 0;
        int len = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != '.') {
                h = 31 * h + Character.toLowerCase(c);
                len++;
            }
        }
        if (len > MAX_WORD_LENGTH) {
            return null;
        }
        for (int slot = h & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (sameKey(keys[slot], len, text, from, to)) {
                return values[slot];
            }
        }
        return null;
    }

    private static boolean sameKey(String key, int len, CharSequence text, int from, int to) {
        if (key.length() != len) {
            return false;
        }
        int j = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != '.') {
                if (Character.toLowerCase(c) != key.charAt(j++)) {
                    return false;
                }
            }
        }
        return true;
    }

    static DateLexicon get() {
        return INSTANCE;
    }

    private static DateLexicon load() {
        Map<String, Word> words = new HashMap<>();
        try (InputStream in = DateLexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.tsv missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                words.put(f[0], new Word(f[0], WordKind.valueOf(f[1]), Integer.parseInt(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DateLexicon(Map.copyOf(words));
    }
}
