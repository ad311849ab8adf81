package io.dateline.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds toponym mentions: the longest gazetteer name at each word, then a score from the name's weight (countries,
 * states and big cities need no context; villages do) and its context in the sentence ("in X", "X, Ohio", "village
 * of X" for; "Mr. X", "John X" against). Thread-safe and allocation-light.
 */
final class PlaceRecognizer {
    static final int MAX_WORDS = 6;
    static final Set<String> CONNECTORS = words("of", "de", "del", "la", "le", "du", "des", "da", "do", "dos",
            "al", "el", "ad", "ar", "as", "an", "az", "ash", "ez", "es", "en", "upon", "on", "the", "and", "y");
    static final Set<String> LEADS = words("rural", "western", "eastern", "northern", "southern", "central");
    /** English words that start a capitalised phrase but never an Arabic place name. */
    static final Set<String> ENGLISH_HEADS = words("an", "a", "as", "at", "in", "on", "the", "and", "or", "is", "it",
            "es", "en", "ad", "ar", "if", "of", "to");
    static final Set<String> AREA_NOUNS = words("countryside", "region", "province", "governorate", "camp",
            "crossing", "suburbs", "district");
    static final Set<String> PREPOSITIONS = words("in", "near", "at", "from", "to", "outside", "of", "into",
            "across", "around", "toward", "towards", "through", "throughout", "between", "via", "within", "inside",
            "across", "visit", "visited", "visiting", "entered", "leave", "left", "reached", "toured",
            "province", "city", "town", "village", "villages", "governorate", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western",
            "downtown", "rural", "central", "based", "born", "native", "invaded",
            "attacked", "bombed", "struck", "hit", "captured", "seized", "shelled", "stormed", "overran",
            "recaptured", "retook", "raided", "besieged", "above", "beyond", "lives", "lived", "moved", "traveled",
            "travelled", "returned", "flew", "fled", "resident", "residents", "mayor", "governor", "state");
    static final Set<String> TITLES = words("mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president",
            "gov", "governor", "sen", "senator", "rep", "representative", "judge", "justice", "officer", "sgt",
            "sergeant", "lt", "lieutenant", "capt", "captain", "col", "colonel", "gen", "general", "maj", "major",
            "coach", "pastor", "rev", "reverend", "father", "sister", "brother", "deputy", "det", "detective",
            "trooper", "prof", "professor", "minister", "secretary", "chairman", "mayor", "king", "queen", "prince",
            "princess", "pope", "saint", "uncle", "aunt", "dear", "named", "attorney", "commissioner", "sheriff",
            "chief", "councilman", "councilwoman", "spokesman", "spokeswoman", "director", "superintendent",
            "player", "actor", "actress", "singer", "author", "wife", "husband", "son", "daughter", "mother",
            "dad", "mom");
    /** Words that follow a place inside an organisation name ("Ohio Police Department"): not a person. */
    static final Set<String> ORG_WORDS = words("police", "sheriff", "city", "department", "state", "mayor", "fire",
            "high", "public", "community", "district", "highway", "council", "town", "national", "president",
            "attorney", "board", "superior", "regional", "senior", "volunteer", "circuit", "army", "road", "school",
            "jail", "court", "foreign", "coroner", "chamber", "medical", "detention", "democratic", "area",
            "electric", "international", "house", "health", "gov", "university", "courthouse", "municipal",
            "middle", "democrat", "republican", "environmental", "fair", "central", "water", "governor",
            "hospital", "commissioners", "parks", "senate", "division", "sens", "sen", "association",
            "metropolitan", "village", "interior", "county", "parish", "college", "airport", "river", "times",
            "post", "herald", "news", "daily", "tribune", "journal", "county's", "government", "ministry",
            "military", "forces", "troops", "officials", "official", "authorities", "airlines", "airways", "bank",
            "church", "library", "museum", "zoo", "center", "centre", "club", "league", "team", "party", "embassy",
            "consulate", "prime", "minister", "secretary", "ambassador", "navy", "air", "guard", "coast",
            "national", "federal", "state's", "street", "avenue", "boulevard", "lake", "bay", "valley", "region",
            "province", "governorate", "countryside", "border", "campus", "office", "schools", "elementary",
            "academy", "institute", "society", "company", "corp", "inc", "co", "ltd", "group", "general", "red",
            "supreme", "legislature", "assembly", "congress", "parliament", "cabinet", "regime", "rebels",
            "opposition", "unit", "square", "mall", "market", "plaza", "hotel", "stadium", "arena", "bridge",
            "port", "station", "prison", "base", "camp", "crossing", "mountains", "desert", "island", "islands");
    static final Set<String> DIRECTIONS = words("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "northeast", "northwest", "southeast", "southwest", "central", "upper", "lower",
            "greater", "downtown", "metro", "the", "a", "an", "in", "at", "from", "for", "but", "and", "when",
            "while", "after", "before", "since", "during", "over", "only", "former", "historic", "rural",
            "residents", "this", "that", "if", "as", "by", "of", "to", "on", "all", "two", "three", "with",
            "missing", "acting", "suburban");

    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;

    private static Set<String> words(String... values) {
        return Set.copyOf(java.util.Arrays.asList(values));
    }

    PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.notPlaces = readLines("not-places.txt");
    }

    static Set<String> readLines(String resource) {
        Set<String> set = new HashSet<>();
        try (InputStream in = PlaceRecognizer.class.getResourceAsStream(resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    set.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    /** All gazetteer names in the text, longest match first, not yet filtered. */
    List<Candidate> candidates(String text, Words w) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < w.size) {
            Candidate c = longestAt(text, w, i);
            if (c == null) {
                i++;
            } else {
                out.add(c);
                i = c.lastWord() + 1;
            }
        }
        return out;
    }

    private Candidate longestAt(String text, Words w, int i) {
        boolean cap = w.capitalised(text, i);
        if (!cap && !LEADS.contains(w.lower(text, i))) {
            return null;
        }
        // the words a name can span: capitalised words and connectors, ending at the latest on an area noun
        int maxEnd = i;
        while (maxEnd + 1 < w.size && maxEnd + 1 - i < MAX_WORDS && !w.breakBefore[maxEnd + 1]) {
            int k = maxEnd + 1;
            if (w.capitalised(text, k) || articleJoined(text, w, k)) {
                maxEnd = k;
                continue;
            }
            String lower = w.lower(text, k);
            if (AREA_NOUNS.contains(lower)) {
                maxEnd = k;
                break;
            }
            if (!CONNECTORS.contains(lower)) {
                break;
            }
            maxEnd = k;
        }
        for (int j = maxEnd; j >= i; j--) {
            if (!w.capitalised(text, j) && !(j > i && articleJoined(text, w, j))
                    && (j == i || !AREA_NOUNS.contains(w.lower(text, j)))) {
                continue; // a name ends on a capitalised word, or on "countryside", "region" (Lajat region)
            }
            String phrase = text.substring(w.start[i], w.end[j]);
            Candidate c = lookup(text, phrase, w, i, j);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** "ez-Zor", "al-Bukamal" inside a name: an Arabic article joined by a hyphen to a capitalised word. */
    private static boolean articleJoined(String text, Words w, int k) {
        String word = w.text(text, k);
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1))
                && CONNECTORS.contains(word.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT));
    }

    private Candidate lookup(String text, String phrase, Words w, int i, int j) {
        String key = PlaceKeys.exact(phrase);
        int end = w.end[j];
        if (end < text.length() && text.charAt(end) == '.' && !key.endsWith(".")) {
            int[] dotted = gazetteer.exact(key + "."); // "Pa." or "Ga." at a sentence end
            if (dotted.length > 0) {
                return new Candidate(w.start[i], end + 1, i, j, dotted, false);
            }
        }
        if (notPlaces.contains(key)) {
            return null;
        }
        int[] p = gazetteer.exact(key);
        if (p.length == 0 && key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
            p = notPlaces.contains(key) ? p : gazetteer.exact(key);
            end--;
        }
        if (p.length > 0 && j > i && key.endsWith(" city") && !anyPrimaryName(p, key)) {
            return null; // "Dublin City Schools": "City" belongs to the organisation, not to the place
        }
        if (p.length > 0) {
            return new Candidate(w.start[i], end, i, j, p, false);
        }
        String looseKey = w.capitalised(text, i) && phrase.length() >= 5 && !ENGLISH_HEADS.contains(w.lower(text, i))
                ? PlaceKeys.loose(phrase.endsWith(".") ? phrase.substring(0, phrase.length() - 1) : phrase) : null;
        if (looseKey != null && looseKey.length() >= 4) {
            int[] lp = gazetteer.loose(looseKey);
            if (lp.length > 0 && !notPlaces.contains(key)) {
                return new Candidate(w.start[i], end, i, j, lp, true);
            }
        }
        return null;
    }

    private boolean anyPrimaryName(int[] postings, String key) {
        long hash = PlaceKeys.hash(key);
        for (int p : postings) {
            if (gazetteer.kind(p >> 1) == Gazetteer.CITY && gazetteer.isMainName(p >> 1, hash)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of the parts of a place: "Gaza's Jabalia camp", "Kharkiv's Kyivskyi district". */
    private static final Set<String> PARTS = words("camp", "district", "neighbourhood", "neighborhood", "area",
            "market", "quarter", "suburb", "village", "province", "region", "county", "avenue", "street", "road");
    private static final int PART_REACH = 4;

    private static boolean partFollows(String text, Words w, int from) {
        for (int k = from; k < w.size && k < from + PART_REACH; k++) {
            if (PARTS.contains(w.lower(text, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
    }

    private static final Set<String> SITE_NOUNS = words("theatre", "theater", "hotel", "stadium", "mosque",
            "church", "cathedral", "hospital", "university", "school", "museum", "square", "prison", "cinema",
            "restaurant", "cafe", "club", "penitentiary", "jail", "barracks", "market", "mall");

    private static boolean namedSiteIn(String text, Words w, int next) {
        return next + 2 < w.size && !w.capitalised(text, next) && SITE_NOUNS.contains(w.lower(text, next))
                && (w.lower(text, next + 1).equals("in") || w.lower(text, next + 1).equals("at"))
                && w.capitalised(text, next + 2);
    }

    private static final List<String> ARABIC_ARTICLES = List.of("al-", "el-", "ad-", "ar-", "as-", "ash-", "az-",
            "an-", "at-", "adh-");

    private static boolean arabicArticle(String word) {
        for (String article : ARABIC_ARTICLES) {
            if (word.startsWith(article) && word.length() > article.length()) {
                return true;
            }
        }
        return false;
    }

    /** How strongly the context says "place" (> 0) or "person/organisation" (< 0). */
    double contextScore(String text, Words w, Candidate c) {
        double s = 0;
        int prev = c.firstWord() - 1;
        int next = c.lastWord() + 1;
        boolean adjacentPrev = prev >= 0 && !w.breakBefore[c.firstWord()];
        boolean adjacentNext = next < w.size && !w.breakBefore[next];
        if (prev >= 0) {
            String pw = w.lower(text, prev);
            if (pw.endsWith(".")) {
                pw = pw.substring(0, pw.length() - 1);
            }
            boolean prevCap = w.capitalised(text, prev);
            if (TITLES.contains(pw) && (adjacentPrev || pw.length() <= 4)) {
                s -= 4;
            } else if (PREPOSITIONS.contains(pw) && !prevCap) {
                s += 1;
            } else if (adjacentPrev && prevCap && (pw.endsWith("'s") || pw.endsWith("\u2019s"))) {
                s += 0.5; // "Mexico's Guerrero state", "Pakistan's Punjab province": a part of a named place
            } else if (adjacentPrev && prevCap && !DIRECTIONS.contains(pw) && !SITE_NOUNS.contains(pw)) {
                s -= 2; // "John Jackson", "Raquel Henry"; but "Civil Hospital Quetta" names a site after its town
            }
        }
        if (adjacentNext && w.capitalised(text, next)) {
            String nw = w.lower(text, next).replace(".", "");
            if (possessive(text, w.end[c.lastWord()]) && partFollows(text, w, next)) {
                // "El Fasher's Abu Shouk camp": the possessor of a named part is no first name ("Lincoln Smith")
                s += 0;
            } else if (!ORG_WORDS.contains(nw)) {
                s -= 1.5; // "Lincoln Smith"
            } else {
                s += 0.3;
            }
        }
        if (adjacentNext && namedSiteIn(text, w, next)) {
            s -= 3; // "the Colon theatre in Bogota": the name is the site's; the place after "in" locates it
        }
        if (adjacentNext && !w.capitalised(text, next) && !possessive(text, w.end[c.lastWord()])
                && arabicArticle(w.lower(text, next))) {
            s -= 3; // "Wadi al-Hummus", "Bab al-Hawa": the name goes on; its first word names another place
        }
        if (w.commaAfter[c.lastWord()] && next < w.size && w.capitalised(text, next)) {
            s += 0.5; // "Dublin, Ohio" (the qualifier is checked by the resolver)
        }
        if (next < w.size && !w.capitalised(text, next)) {
            String nw = w.lower(text, next);
            if (nw.equals("county") || nw.equals("city") || nw.equals("countryside") || nw.equals("province")
                    || nw.equals("area") || nw.equals("region") || nw.equals("governorate") || nw.equals("district")
                    || nw.equals("state") || nw.equals("department")
                    || nw.equals("residents") || nw.equals("native") || nw.equals("man") || nw.equals("woman")) {
                s += 1;
            }
        }
        return s;
    }
}
