package io.dateline.events;

import io.dateline.model.ActorMention;
import io.dateline.model.DateMention;
import io.dateline.model.PlaceMention;

/** Hand-made mentions for tests, found by their text in a sentence. */
final class Mentions {
    private Mentions() {
    }

    static PlaceMention place(String text, String name, String feature) {
        return place(text, name, feature, 0);
    }

    static PlaceMention place(String text, String name, String feature, int from) {
        int s = TestTexts.current().indexOf(name, from);
        if (s < 0) {
            throw new AssertionError("not in text: " + name);
        }
        return new PlaceMention(s, s + name.length(), name, 1L, name, 1.0, 2.0, "SY", null, null, feature, 0.9);
    }

    static DateMention date(String phrase, String value, String precision) {
        int s = TestTexts.current().indexOf(phrase);
        return new DateMention(s, s + phrase.length(), phrase, "DATE", value, precision);
    }

    static ActorMention actor(String phrase, String kind, String country) {
        int s = TestTexts.current().indexOf(phrase);
        if (s < 0) {
            throw new AssertionError("not in text: " + phrase);
        }
        return new ActorMention(s, s + phrase.length(), phrase, phrase, kind, country);
    }

    /** The text the mention helpers search, per thread. */
    static final class TestTexts {
        private static final ThreadLocal<String> TEXT = new ThreadLocal<>();

        static void use(String text) {
            TEXT.set(text);
        }

        static String current() {
            return TEXT.get();
        }
    }
}
