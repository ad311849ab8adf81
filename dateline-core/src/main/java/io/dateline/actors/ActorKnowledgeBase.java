package io.dateline.actors;

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
import java.util.Set;

/**
 * The team-written actor lexicons, loaded once into one {@link PhraseTrie}: named actors, generic agents, countries
 * with their demonyms and capitals, and the head words of organisation names. File formats are described at the top
 * of each resource file; lines starting with # are comments.
 */
public final class ActorKnowledgeBase {
    private static final String ROOT = "/io/dateline/actors/";
    private static final String INDEX = "named-actor-files.txt";

    /** Articles that Arabic names carry or drop freely: al-Haq = Haq, el-Sisi = Sisi. */
    private static final Set<String> TRANSPARENT = Set.of("al", "el");

    /** Country of a named actor that exists in many countries (a General Security Directorate): the article's. */
    static final String CONTEXT_COUNTRY = "*";

    private final PhraseTrie trie = new PhraseTrie();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> iso3ToIso2 = new HashMap<>();
    private final Map<String, String> headKinds = new HashMap<>();
    private int namedEntries;
    private int namedAliases;
    private int genericPhrases;
    private int countryPhrases;

    private ActorKnowledgeBase() {
    }

    /** The standard knowledge base from the bundled resources, loaded once per JVM. */
    public static ActorKnowledgeBase standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ActorKnowledgeBase STANDARD = load();
    }

    static ActorKnowledgeBase load() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase();
        for (String file : lines(INDEX)) {
            kb.loadNamed(file);
        }
        kb.loadGeneric("generic-agents.tsv");
        kb.loadCountries("countries.tsv");
        kb.loadHeads("organisation-heads.tsv");
        return kb;
    }

    /** Number of named actors (rows of the named-actor files). */
    public int namedEntries() {
        return namedEntries;
    }

    /** Number of distinct lookup phrases of named actors, canonical names included. */
    public int namedAliases() {
        return namedAliases;
    }

    public int genericPhrases() {
        return genericPhrases;
    }

    public int countryPhrases() {
        return countryPhrases;
    }

    public int countries() {
        return countryNames.size();
    }

    /** The English short name of an ISO-2 country code, or null. */
    public String countryName(String iso2) {
        return iso2 == null ? null : countryNames.get(iso2);
    }

    /** ISO-2 code of an ISO-3 code (CAMEO's few non-ISO codes included), or null. */
    public String iso2(String iso3) {
        return iso3 == null ? null : iso3ToIso2.get(iso3.toUpperCase(Locale.ROOT));
    }

    PhraseTrie trie() {
        return trie;
    }

    /** The kind guessed for an organisation name ending with this (normalised) head word, or null. */
    String headKind(String norm) {
        return headKinds.get(norm);
    }

    static boolean transparent(String norm) {
        return TRANSPARENT.contains(norm);
    }

    /** Normalised lookup words of a phrase, without the transparent articles. */
    static String[] keyWords(String phrase) {
        String[] words = Words.normalisePhrase(phrase);
        List<String> kept = new ArrayList<>(words.length);
        for (String w : words) {
            if (!transparent(w)) {
                kept.add(w);
            }
        }
        return kept.toArray(new String[0]);
    }

    // Format: canonical name TAB kind TAB ISO-2 country, - for none, * for the article's TAB aliases separated by |.
    // An alias starting with ~ is weak: it is not taken when a capitalised word touches it (Amal Clooney).
    private void loadNamed(String file) {
        for (String line : lines(file)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalStateException(file + ": bad line: " + line);
            }
            String name = f[0].trim();
            String kind = ActorKind.checked(f[1].trim());
            String country = country(f[2]);
            namedEntries++;
            addNamed(name, name, kind, country);
            if (f.length > 3) {
                for (String alias : f[3].split("\\|")) {
                    if (!alias.isBlank()) {
                        addNamed(alias.trim(), name, kind, country);
                    }
                }
            }
        }
    }

    private void addNamed(String alias, String name, String kind, String country) {
        boolean weak = alias.startsWith("~");
        String phrase = weak ? alias.substring(1) : alias;
        if (add(phrase, lexeme(Lexeme.Type.NAMED, phrase, name, kind, country, weak))) {
            namedAliases++;
        }
    }

    /**
     * A lexeme whose case rule follows how the phrase is written: in capitals (HTS, U.S.) it must be capitals in the
     * text; its capitalised words must be capitalised in the text; a phrase in lower case matches any case.
     */
    private static Lexeme lexeme(Lexeme.Type type, String phrase, String name, String kind, String country,
                                 boolean weak) {
        int letters = 0;
        int lower = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        if (letters >= 2 && lower == 0) {
            return new Lexeme(type, name, kind, country, Lexeme.CaseRule.UPPER, 0, weak);
        }
        Words words = Words.of(phrase);
        int mask = 0;
        int k = 0;
        for (int i = 0; i < words.size() && k < 31; i++) {
            if (!transparent(words.norm(i))) {
                if (words.capitalised(i)) {
                    mask |= 1 << k;
                }
                k++;
            }
        }
        Lexeme.CaseRule rule = mask == 0 ? Lexeme.CaseRule.ANY : Lexeme.CaseRule.CAPITALISED;
        return new Lexeme(type, name, kind, country, rule, mask, weak);
    }

    // Format: phrases separated by | TAB kind TAB name template with {C} for the country's name.
    private void loadGeneric(String file) {
        for (String line : lines(file)) {
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalStateException(file + ": bad line: " + line);
            }
            String kind = ActorKind.checked(f[1].trim());
            for (String phrase : f[0].split("\\|")) {
                String p = phrase.trim();
                boolean needsModifier = p.startsWith("+");
                boolean needsName = p.startsWith("^");
                if (needsModifier || needsName) {
                    p = p.substring(1);
                }
                Lexeme.Type type = needsName ? Lexeme.Type.TITLE : Lexeme.Type.GENERIC;
                if (add(p, new Lexeme(type, f[2].trim(), kind, null, Lexeme.CaseRule.ANY, 0, needsModifier))) {
                    genericPhrases++;
                }
            }
        }
    }

    // Format: ISO-2 TAB ISO-3 (extra CAMEO codes after |) TAB names | TAB demonyms | TAB capitals |.
    private void loadCountries(String file) {
        for (String line : lines(file)) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException(file + ": bad line: " + line);
            }
            String iso2 = f[0].trim();
            for (String iso3 : f[1].split("\\|")) {
                iso3ToIso2.put(iso3.trim(), iso2);
            }
            String[] names = f[2].split("\\|");
            countryNames.put(iso2, names[0].trim());
            String government = "Government of " + names[0].trim();
            for (String name : names) {
                addCountry(name, Lexeme.Type.COUNTRY, government, iso2);
            }
            for (String demonym : f[3].split("\\|")) {
                addCountry(demonym, Lexeme.Type.DEMONYM, government, iso2);
                String plural = plural(demonym.trim());
                if (plural != null && add(plural, lexeme(Lexeme.Type.GENERIC, plural, "Civilians ({C})",
                        ActorKind.CIVILIANS, iso2, false))) {
                    countryPhrases++; // "Iraqis", "Palestinians": people of the country
                }
            }
            for (String capital : f[4].split("\\|")) {
                addCountry(capital, Lexeme.Type.COUNTRY, government, iso2);
            }
        }
    }

    /** The people of a country from its demonym (Iraqi: Iraqis, Kenyan: Kenyans); none for Chinese, British. */
    private static String plural(String demonym) {
        if (demonym.isEmpty() || demonym.contains(" ") || demonym.contains("(")) {
            return null;
        }
        char last = demonym.charAt(demonym.length() - 1);
        return last == 'n' || last == 'i' ? demonym + "s" : null;
    }

    private void addCountry(String phrase, Lexeme.Type type, String government, String iso2) {
        if (phrase.isBlank()) {
            return;
        }
        String p = phrase.trim();
        if (add(p, lexeme(type, p, government, ActorKind.GOVERNMENT, iso2, false))) {
            countryPhrases++;
        }
    }

    // Format: head word TAB kind.
    private void loadHeads(String file) {
        for (String line : lines(file)) {
            String[] f = line.split("\t", -1);
            headKinds.put(keyWords(f[0].trim())[0], ActorKind.checked(f[1].trim()));
        }
    }

    private boolean add(String phrase, Lexeme lexeme) {
        String[] words = keyWords(phrase);
        if (words.length == 0) {
            throw new IllegalStateException("empty phrase: " + phrase);
        }
        return trie.add(words, lexeme);
    }

    private static String country(String field) {
        String c = field.trim();
        if (c.equals("*")) {
            return CONTEXT_COUNTRY;
        }
        return c.isEmpty() || c.equals("-") ? null : c;
    }

    private static List<String> lines(String resource) {
        List<String> result = new ArrayList<>();
        try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
