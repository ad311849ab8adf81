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

    private final Map<String, Word> words;

    private DateLexicon(Map<String, Word> words) {
        this.words = words;
    }

    static DateLexicon get() {
        return INSTANCE;
    }

    /** The entry for a lower-cased, dot-free word, or null. */
    Word lookup(String lower) {
        return words.get(lower);
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
                words.put(f[0], new Word(WordKind.valueOf(f[1]), Integer.parseInt(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DateLexicon(Map.copyOf(words));
    }
}
