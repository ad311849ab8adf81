package io.dateline.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Our lexicon of English news abbreviations that keep their period ({@code abbreviations.txt}), loaded once.
 * Lowercase entries ("etc.", "a.m.") match in any case; capitalised entries ("Gen.") match as written or in
 * capitals ("GEN."). Acronyms of single letters (U.S., e.g.) need no entry: the tokenizer recognises the pattern.
 */
public final class Abbreviations {
    /** What an abbreviation tells the tokenizer and the sentence splitter. */
    public enum Kind {
        /** Not an abbreviation. */
        NONE,
        /** A title or rank before a name (Gen., Mr., Dr.): never ends a sentence. */
        TITLE,
        /** Any other abbreviation (Inc., Jan., etc.): may end a sentence. */
        ORDINARY,
        /** An abbreviation only before a number (No. 5, Vol. 2); elsewhere its period is a full stop. */
        BEFORE_NUMBER
    }

    private static final String RESOURCE = "abbreviations.txt";

    private final ShortWordTable exact;
    private final ShortWordTable anyCase;
    private final ShortWordTable capitals;
    private final ShortWordTable dottedPrefixes;

    Abbreviations(List<String> lines) {
        Map<String, Integer> exactEntries = new HashMap<>();
        Map<String, Integer> lowercaseEntries = new HashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\\s+");
            String entry = fields[0];
            Kind kind = fields.length > 1 ? parseKind(fields[1], line) : Kind.ORDINARY;
            if (!entry.endsWith(".") || entry.length() < 2) {
                throw new IllegalArgumentException("abbreviation must end with a period: " + line);
            }
            exactEntries.put(entry, kind.ordinal());
            if (entry.equals(entry.toLowerCase(java.util.Locale.ROOT))) {
                lowercaseEntries.put(entry, kind.ordinal());
            }
            for (int dot = entry.indexOf('.'); dot >= 0 && dot < entry.length() - 1; dot = entry.indexOf('.', dot + 1)) {
                prefixes.put(entry.substring(0, dot + 1), 1);
            }
        }
        this.exact = new ShortWordTable(exactEntries, false);
        this.anyCase = new ShortWordTable(lowercaseEntries, true);
        this.capitals = new ShortWordTable(exactEntries, true);
        this.dottedPrefixes = new ShortWordTable(prefixes, true);
    }

    /** The lexicon shipped with Dateline; loaded once, shared by all threads. */
    public static Abbreviations standard() {
        return Standard.INSTANCE;
    }

    /** The kind of text[start, end), a range that includes the final period. */
    public Kind kind(String text, int start, int end) {
        int value = exact.get(text, start, end);
        if (value == ShortWordTable.ABSENT) {
            value = anyCase.get(text, start, end);
        }
        if (value == ShortWordTable.ABSENT && end - start <= capitals.maxLength() && noLowercase(text, start, end)) {
            value = capitals.get(text, start, end);
        }
        return value == ShortWordTable.ABSENT ? Kind.NONE : Kind.values()[value];
    }

    /** True if text[start, end) is the start of an entry with inner periods up to one of them ("Ph." of "Ph.D."). */
    boolean isDottedPrefix(String text, int start, int end) {
        return dottedPrefixes.contains(text, start, end);
    }

    private static boolean noLowercase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Kind parseKind(String tag, String line) {
        switch (tag) {
            case "title":
                return Kind.TITLE;
            case "number":
                return Kind.BEFORE_NUMBER;
            default:
                throw new IllegalArgumentException("unknown tag in abbreviations: " + line);
        }
    }

    private static final class Standard {
        static final Abbreviations INSTANCE = new Abbreviations(WordLists.read(RESOURCE));
    }
}
