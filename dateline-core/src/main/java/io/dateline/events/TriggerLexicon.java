package io.dateline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our trigger lexicon: phrases of one or more lower-case words, where a word ending in '*' is a prefix. Lookup is by
 * the first word (exact map) or its first three letters (prefix map), so matching costs a few hash probes per token.
 */
public final class TriggerLexicon {
    private static final int KEY = 3;

    private record Entry(String[] words, String target, double weight) {
    }

    private final Map<String, List<Entry>> byWord = new HashMap<>();
    private final Map<String, List<Entry>> byPrefix = new HashMap<>();

    private TriggerLexicon() {
    }

    public static TriggerLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final TriggerLexicon STANDARD = fromResource("triggers.tsv");
    }

    static TriggerLexicon fromResource(String name) {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TriggerLexicon parse(BufferedReader reader) throws IOException {
        TriggerLexicon lexicon = new TriggerLexicon();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException("bad trigger line: " + line);
            }
            lexicon.add(cols[0].trim(), Double.parseDouble(cols[1].trim()), cols[2].trim().toLowerCase(Locale.ROOT));
        }
        return lexicon;
    }

    private void add(String target, double weight, String phrase) {
        String[] words = phrase.split(" +");
        Entry entry = new Entry(words, target, weight);
        String first = words[0];
        if (first.indexOf('*') >= 0) {
            if (first.indexOf('*') < KEY) {
                throw new IllegalArgumentException("prefix too short: " + phrase);
            }
            byPrefix.computeIfAbsent(first.substring(0, KEY), k -> new ArrayList<>()).add(entry);
        } else {
            byWord.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
        }
    }

    /**
     * All triggers among the words, in token order; overlapping phrases are all reported. Month names that are also
     * triggers ("March", "May") do not count when capitalised after the sentence start.
     */
    public List<Trigger> find(Words words) {
        List<Trigger> found = find(words.lowerList());
        if (!headlineCase(words)) { // in "TWO SUICIDE BOMBERS HIT MOSQUE" capitals say nothing about names
            found.removeIf(t -> t.firstToken() > 0 && words.isCapitalised(t.firstToken())
                    && (MONTHS.contains(words.lower(t.firstToken())) || inName(words, t)));
        }
        return found;
    }

    /** Title Case or ALL CAPS: at least three words, and at least four in five of them capitalised. */
    static boolean headlineCase(Words words) {
        int letters = 0;
        int capitalised = 0;
        for (int i = 0; i < words.size(); i++) {
            if (Character.isLetter(words.lower(i).charAt(0)) && words.lower(i).length() > 3) {
                letters++;
                if (words.isCapitalised(i)) {
                    capitalised++;
                }
            }
        }
        return letters >= 3 && capitalised * 5 >= letters * 4;
    }

    /** "the Al-Aqsa Flood operation", "the Quds Force": a capitalised trigger next to a capitalised word names. */
    private static boolean inName(Words words, Trigger t) {
        int before = t.firstToken() - 1;
        int after = t.lastToken() + 1;
        return before > 0 && words.isCapitalised(before) && Character.isLetter(words.lower(before).charAt(0))
                || after < words.size() && words.isCapitalised(after) && Character.isLetter(words.lower(after).charAt(0));
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("march", "may");

    /** All triggers among the given lower-case words, in token order; overlapping phrases are all reported. */
    public List<Trigger> find(List<String> lowerWords) {
        List<Trigger> found = new ArrayList<>();
        for (int i = 0; i < lowerWords.size(); i++) {
            String w = lowerWords.get(i);
            collect(byWord.get(w), lowerWords, i, found);
            if (w.length() >= KEY) {
                collect(byPrefix.get(w.substring(0, KEY)), lowerWords, i, found);
            }
        }
        found.removeIf(t -> insideLongerPhrase(t, found));
        removeExcluded(found);
        return found;
    }

    /** Target of lexicon lines naming words that are no trigger, though a prefix entry would match them. */
    static final String EXCLUDED = "NOT";

    /**
     * "Protestant" is no protest and "detainees" are people, not an arrest: a word covered by an {@link #EXCLUDED}
     * entry gives no trigger of any kind, and the exclusion itself is dropped.
     */
    private static void removeExcluded(List<Trigger> found) {
        boolean any = false;
        for (Trigger t : found) {
            any |= t.target().equals(EXCLUDED);
        }
        if (!any) {
            return;
        }
        List<Trigger> excluded = new ArrayList<>();
        for (Trigger t : found) {
            if (t.target().equals(EXCLUDED)) {
                excluded.add(t);
            }
        }
        found.removeIf(t -> {
            for (Trigger x : excluded) {
                if (t.firstToken() >= x.firstToken() && t.firstToken() <= x.lastToken()) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * "seized a village" names the act better than "seized" inside it: an ACLED cue within a longer ACLED phrase
     * does not count (PLOVER cues are kept, they type a different scheme).
     */
    private static boolean insideLongerPhrase(Trigger t, List<Trigger> all) {
        if (t.target().startsWith(PLOVER_PREFIX)) {
            return false;
        }
        for (Trigger o : all) {
            boolean longer = o.lastToken() - o.firstToken() > t.lastToken() - t.firstToken();
            if (!o.target().startsWith(PLOVER_PREFIX) && o.firstToken() <= t.firstToken()
                    && o.lastToken() >= t.lastToken() && longer) {
                return true;
            }
        }
        return false;
    }

    private static final String PLOVER_PREFIX = "P:";

    private static void collect(List<Entry> entries, List<String> words, int at, List<Trigger> out) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            int n = e.words.length;
            if (at + n > words.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = matches(e.words[k], words.get(at + k));
            }
            if (ok) {
                out.add(new Trigger(at, at + n - 1, e.target, e.weight));
            }
        }
    }

    static boolean matches(String pattern, String word) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(word);
        }
        String head = pattern.substring(0, star);
        String tail = pattern.substring(star + 1);
        return word.length() >= head.length() + tail.length() && word.startsWith(head) && word.endsWith(tail);
    }
}
