package io.dateline.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Our word lists for the sentence splitter, loaded once: capitalised words that usually open a sentence
 * ({@code sentence-starters.txt}) and lowercase words that never end a line of prose ({@code line-continuations.txt}).
 */
final class SentenceCues {
    private final ShortWordTable starters;
    private final ShortWordTable continuations;

    private SentenceCues(ShortWordTable starters, ShortWordTable continuations) {
        this.starters = starters;
        this.continuations = continuations;
    }

    static SentenceCues standard() {
        return Standard.INSTANCE;
    }

    /** "The", "He", "But": after "U.S." such a word starts a new sentence, where a name ("Army") would not. */
    boolean isSentenceStarter(String text, int start, int end) {
        return starters.contains(text, start, end);
    }

    /** "of", "the", "and": a line ending with one is wrapped prose, not a headline. */
    boolean isContinuation(String text, int start, int end) {
        return continuations.contains(text, start, end);
    }

    private static ShortWordTable table(String resource, boolean folded) {
        Map<String, Integer> entries = new HashMap<>();
        for (String word : WordLists.read(resource)) {
            entries.put(word, 1);
        }
        return new ShortWordTable(entries, folded);
    }

    private static final class Standard {
        static final SentenceCues INSTANCE = new SentenceCues(table("sentence-starters.txt", true),
                table("line-continuations.txt", false));
    }
}
