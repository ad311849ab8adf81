package io.dateline.events;

import io.dateline.model.PlaceMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Local places the gazetteer does not know, found from the way event reports name them: "the village of X", "the X
 * district", "X and Y villages", "in X," and facilities named with a capitalised head ("X Stadium", "X Airport").
 * Also completes gazetteer mentions whose name goes on ("Oaxaca" + "City", "Baghdad" + "International Airport").
 * A site takes the coordinates of the known place that contains it ("in eastern Baghdad", "Baghdad's district of X"),
 * or none. Works on one sentence; only used to locate events, so the place layer itself is unchanged.
 */
final class SiteNames {
    static final String SITE_FEATURE = "SITE";
    private static final int MAX_NAME_WORDS = 5;
    /** "the village of X", "the towns of X and Y". */
    private static final Set<String> SETTLEMENT_OF = Set.of("village", "villages", "town", "towns", "city",
            "district", "districts", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "suburb",
            "suburbs", "hamlet", "locality", "area", "quarter", "camp", "township");
    /** "the X district", "X and Y villages", "X army base". */
    private static final Set<String> SITE_AFTER = Set.of("district", "neighbourhood", "neighborhood", "area",
            "village", "villages", "camp", "crossing", "junction", "suburb", "quarter", "base", "checkpoint",
            "township", "city", "airport", "hospital", "school", "market", "mosque", "prison", "bridge", "port",
            "stadium", "square", "palace", "airbase", "compound");
    private static final Set<String> SITE_AFTER_MODIFIERS = Set.of("army", "military", "air", "naval", "border",
            "refugee", "residential", "international", "main", "central");
    /** Capitalised heads that make a name a site: "al-Shaab Stadium", "the Jaffna Peninsula". */
    private static final Set<String> SITE_HEADS = Set.of("city", "stadium", "museum", "palace", "airport",
            "peninsula", "lake", "sea", "bay", "school", "hospital", "mosque", "square", "bridge", "market",
            "prison", "camp", "base", "gulf", "valley", "mountains", "mountain", "desert", "island", "river",
            "airbase", "church", "cathedral", "refinery", "dam", "port", "harbour", "harbor", "crossing");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside");
    /** Verbs whose object is a place and hardly ever a person: "bombed X", "overran X". */
    private static final Set<String> STRIKE_VERBS = Set.of("bombed", "shelled", "stormed", "overran", "besieged",
            "liberated", "recaptured", "retook", "pounded", "bombarded", "raided", "encircled");
    /** "the attack on X", "the siege of X". */
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "assault", "offensive", "raid",
            "raids", "siege", "bombardment", "shelling", "airstrike", "airstrikes", "strike", "strikes", "battle");
    /** Adjectives of peoples and faiths: "the Kurdish neighborhood" is no named place. */
    private static final Set<String> PEOPLE_ADJECTIVES = Set.of("kurdish", "shiite", "shia", "sunni", "christian",
            "muslim", "arab", "druze", "alawite", "jewish", "armenian", "turkmen", "yazidi", "catholic",
            "protestant", "hindu", "sikh", "buddhist");
    /** "the Gulf of Aden": the water body named after a place. */
    private static final Set<String> WATER_PREFIXES = Set.of("gulf", "sea", "bay", "strait", "straits", "lake");
    /** Lower-case area nouns the recognizer keeps in a name ("X district"); the place itself is X. */
    private static final Set<String> TRAILING_AREA_NOUNS = Set.of("district", "province", "governorate",
            "countryside", "region", "suburbs", "county", "area");
    /** Capitalised words after "in" that are no places: times, institutions, languages. */
    private static final Set<String> NOT_SITES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "congress", "parliament", "senate", "court", "english",
            "arabic", "french", "islam", "christianity", "god", "government", "office", "power", "i", "the", "a",
            "an", "in", "on", "at", "and", "but", "he", "she", "they", "it", "we", "this", "that", "these", "there",
            "his", "her", "their", "its", "ap", "afp", "reuters", "xinhua", "mr", "mrs", "ms", "dr", "gmt",
            "christmas", "ramadan", "easter", "eid", "internet", "twitter", "facebook", "tv", "am", "pm",
            "president", "prime", "minister", "king", "queen", "prince", "pope", "sheikh", "general", "colonel");
    /** Names whose last word makes them an organisation or a people, not a place. */
    private static final Set<String> ORGANISATION_TAILS = Set.of("army", "forces", "force", "police", "party",
            "front", "movement", "council", "ministry", "group", "brigade", "brigades", "militia", "state",
            "guard", "corps", "agency", "committee", "union", "organization", "organisation", "news", "times",
            "post", "company", "bank", "university", "authority", "regime", "government", "coalition", "alliance");

    private SiteNames() {
    }

    /** The sentence's place mentions with completed spans and the local sites added, in text order. */
    static List<PlaceMention> augment(Words w, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>(places.size() + 2);
        for (PlaceMention p : places) {
            if (!genericBeforeName(w, p, places)) {
                out.add(complete(w, p, places));
            }
        }
        int i = 0;
        while (i < w.size()) {
            if (!nameWord(w, i) || covered(out, w.start(i))) {
                i++;
                continue;
            }
            int end = nameEnd(w, i, out);
            List<int[]> sites = sites(w, i, end, out);
            for (int[] s : sites) {
                out.add(site(w, s[0], s[1], out));
            }
            i = end + 1;
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        out.removeIf(p -> inBracketAfterPlace(w, p, out));
        for (int k = 0; k < out.size(); k++) {
            out.set(k, nearTown(w, out.get(k), out));
        }
        return out;
    }

    /** "the northern province of Matagalpa": a lower-case area phrase the name after "of" makes precise. */
    private static boolean genericBeforeName(Words w, PlaceMention p, List<PlaceMention> places) {
        if (p.text().isEmpty() || !Character.isLowerCase(p.text().charAt(0))) {
            return false;
        }
        int next = w.firstAtOrAfter(p.end());
        if (next + 1 >= w.size() || !w.lower(next).equals("of")) {
            return false;
        }
        return covered(places, w.start(next + 1)) || nameWord(w, next + 1);
    }

    /** The unknown names [i, end] stands for as a site, with a partner joined by "and"; empty when no cue. */
    private static List<int[]> sites(Words w, int i, int end, List<PlaceMention> known) {
        if (NOT_SITES.contains(w.lower(i)) || ORGANISATION_TAILS.contains(w.lower(end))
                || i == end && (PEOPLE_ADJECTIVES.contains(w.lower(i)) || acronym(w.word(i)))) {
            return List.of();
        }
        int before = i - 1;
        if (before >= 0 && w.lower(before).equals("the")) {
            before--;
        }
        // "X and Y villages", "the towns of X and Y"
        int partnerStart = -1;
        int partnerEnd = -1;
        if (end + 2 < w.size() && w.lower(end + 1).equals("and") && nameWord(w, end + 2)
                && !covered(known, w.start(end + 2))) {
            partnerStart = end + 2;
            partnerEnd = nameEnd(w, partnerStart, known);
        }
        int after = (partnerEnd >= 0 ? partnerEnd : end) + 1;
        boolean settlementOf = i >= 2 && w.lower(i - 1).equals("of") && SETTLEMENT_OF.contains(w.lower(i - 2));
        boolean nounAfter = after < w.size() && (SITE_AFTER.contains(w.lower(after))
                || after + 1 < w.size() && SITE_AFTER_MODIFIERS.contains(w.lower(after))
                && SITE_AFTER.contains(w.lower(after + 1)));
        boolean facility = SITE_HEADS.contains(w.lower(end)) && end > i && before >= 0
                && (LOCATIVE.contains(w.lower(before)) || w.lower(i - 1).equals("the")
                || EventLocator.DIRECTION_ADJECTIVES.contains(w.lower(i - 1))
                || EventLocator.PLACE_OBJECT_VERBS.contains(w.lower(before)));
        if (settlementOf || nounAfter) {
            List<int[]> out = new ArrayList<>(2);
            out.add(new int[] {i, end});
            if (partnerStart >= 0) {
                out.add(new int[] {partnerStart, partnerEnd});
            }
            return out;
        }
        boolean cityName = end > i && w.word(end).equals("City"); // "Sadr City": a name by itself
        String prev = i >= 1 ? w.lower(i - 1) : "";
        String prev2 = i >= 2 ? w.lower(i - 2) : "";
        boolean endsClause = end + 1 >= w.size() || !w.isCapitalised(end + 1);
        boolean bracketed = end + 1 < w.size() && w.lower(end + 1).equals("(") && bracketWithComma(w, end + 1);
        boolean struck = i == end && STRIKE_VERBS.contains(prev) && endsClause; // "bombed X,"
        boolean attacked = (prev.equals("on") || prev.equals("of")) && ATTACK_NOUNS.contains(prev2);
        if (facility || cityName || struck || attacked || bracketed) {
            return List.of(new int[] {i, end});
        }
        boolean afterPreposition = i >= 1 && LOCATIVE.contains(w.lower(i - 1));
        boolean endsPhrase = end + 1 >= w.size() || !w.isCapitalised(end + 1)
                && !w.lower(end + 1).equals("'s") && !w.lower(end + 1).equals("-");
        if (afterPreposition && endsPhrase && !w.lower(end).endsWith("'s")) {
            return List.of(new int[] {i, end});
        }
        return List.of();
    }

    /** "(Polohivskyi, Zaporizhia)": a short bracket with a comma, ACLED's admin2 and admin1. */
    private static boolean bracketWithComma(Words w, int open) {
        boolean comma = false;
        for (int k = open + 1; k < w.size() && k <= open + 10; k++) {
            String x = w.lower(k);
            if (x.equals(")")) {
                return comma;
            }
            if (x.equals(",")) {
                comma = true;
            } else if (!nameWord(w, k) && !x.equals("-") && !ARTICLES.contains(x)) {
                return false;
            }
        }
        return false;
    }

    /** A word that can be part of a local name: capitalised, or an Arabic article joined to one ("al-Bukamal"). */
    static boolean nameWord(Words w, int i) {
        String word = w.word(i);
        if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || TIMES.contains(w.lower(i))) {
            return false;
        }
        int hyphen = word.indexOf('-');
        if (Character.isUpperCase(word.charAt(0))) {
            // "Kurdish-majority", "Shiite-dominated": an adjective, not a name
            return hyphen < 0 || hyphen + 1 < word.length() && !Character.isLowerCase(word.charAt(hyphen + 1));
        }
        return hyphen > 0 && hyphen <= 3 && hyphen + 1 < word.length()
                && Character.isUpperCase(word.charAt(hyphen + 1)) && ARTICLES.contains(word.substring(0, hyphen));
    }

    private static boolean acronym(String word) {
        return word.length() <= 5 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** Days and months end a name: "the town of Huddur Tuesday". */
    private static final Set<String> TIMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "az", "ez", "an");

    /** Last word of the name starting at {@code i}: name words, "al"/"de" connectors, "X/Y" alternatives. */
    private static int nameEnd(Words w, int i, List<PlaceMention> known) {
        int end = i;
        int k = i + 1;
        while (k < w.size() && k - i < MAX_NAME_WORDS) {
            if (nameWord(w, k) && !covered(known, w.start(k))) {
                end = k;
                k++;
            } else if ((w.lower(k).equals("/") || ARTICLES.contains(w.lower(k)) || w.lower(k).equals("de"))
                    && k + 1 < w.size() && nameWord(w, k + 1) && !covered(known, w.start(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean covered(List<PlaceMention> places, int offset) {
        for (PlaceMention p : places) {
            if (offset >= p.start() && offset < p.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A known name whose name goes on: "Oaxaca City", "Gaza City" keep their place; "Baghdad International
     * Airport", "Bardo Museum" become a site of that place.
     */
    private static PlaceMention complete(Words w, PlaceMention p, List<PlaceMention> places) {
        int first = w.firstAtOrAfter(p.start());
        if (first >= 2 && w.lower(first - 1).equals("of") && WATER_PREFIXES.contains(w.lower(first - 2))
                && w.isCapitalised(first - 2)) {
            String text = w.text().substring(w.start(first - 2), p.end());
            return new PlaceMention(w.start(first - 2), p.end(), text, null, text, p.lat(), p.lon(), p.country(),
                    p.admin1(), p.admin2(), SITE_FEATURE, p.confidence());
        }
        int last = w.lastEndingBy(p.end());
        if (last > first && TRAILING_AREA_NOUNS.contains(w.lower(last)) && !w.isCapitalised(last)) {
            int end = w.end(last - 1);
            return new PlaceMention(p.start(), end, w.text().substring(p.start(), end), p.geonameid(), p.name(),
                    p.lat(), p.lon(), p.country(), p.admin1(), p.admin2(), p.feature(), p.confidence());
        }
        int k = last + 1;
        int end = -1;
        while (k < w.size() && k - last <= 3 && w.isCapitalised(k) && !covered(places, w.start(k))) {
            if (SITE_HEADS.contains(w.lower(k))) {
                end = k;
                break;
            }
            k++;
        }
        if (end < 0) {
            return p;
        }
        String text = w.text().substring(p.start(), w.end(end));
        if (w.lower(end).equals("city") && end == last + 1) {
            return new PlaceMention(p.start(), w.end(end), text, p.geonameid(), p.name(), p.lat(), p.lon(),
                    p.country(), p.admin1(), p.admin2(), cityFeature(p.feature()), p.confidence());
        }
        if (p.feature() != null && TOO_WIDE.contains(p.feature())) {
            // "the Saudi Hospital in El Fasher": a site named after a country is not at its centre; the town it is
            // in places it
            return new PlaceMention(p.start(), w.end(end), text, null, text, null, null, null, null, null,
                    SITE_FEATURE, p.confidence());
        }
        return new PlaceMention(p.start(), w.end(end), text, null, text, p.lat(), p.lon(), p.country(),
                p.admin1(), p.admin2(), SITE_FEATURE, p.confidence());
    }

    /**
     * "Kidal (Kidal, Kidal)": names inside ACLED's bracket only qualify the town before it (and gave a site its
     * coordinates); they are not a second place the event could be at.
     */
    private static boolean inBracketAfterPlace(Words w, PlaceMention p, List<PlaceMention> all) {
        int k = w.firstAtOrAfter(p.start()) - 1;
        while (k >= 0 && !w.lower(k).equals("(") && !w.lower(k).equals(")") && !w.lower(k).equals(".")) {
            k--;
        }
        if (k < 1 || !w.lower(k).equals("(")) {
            return false;
        }
        int head = w.end(k - 1);
        for (PlaceMention q : all) {
            if (q != p && q.end() == head) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PLACE_NOUNS = Set.of("beach", "market", "district", "neighbourhood",
            "neighborhood", "area", "camp", "hotel", "restaurant", "hospital", "school", "mosque", "church", "port",
            "airport", "square", "street", "road", "bridge", "prison", "base", "suburb", "village", "quarter");

    /**
     * "Lido beach in Mogadishu": a place named as a site in a town lies in that town, so a namesake far away (Lido,
     * Italy) is the wrong reading; it takes the town's coordinates.
     */
    private static PlaceMention nearTown(Words w, PlaceMention p, List<PlaceMention> all) {
        if (p.lat() == null || SITE_FEATURE.equals(p.feature())) {
            return p;
        }
        int k = w.firstAtOrAfter(p.end());
        if (k + 2 >= w.size() || !PLACE_NOUNS.contains(w.lower(k)) || !w.lower(k + 1).equals("in")) {
            return p;
        }
        for (PlaceMention town : all) {
            if (town.start() != w.start(k + 2) || town.lat() == null || town.feature() == null
                    || !town.feature().startsWith("PPL")) {
                continue;
            }
            double km = io.dateline.places.Distance.km(p.lat(), p.lon(), town.lat(), town.lon());
            if (km <= 50) {
                return p;
            }
            return new PlaceMention(p.start(), p.end(), p.text(), null, p.text(), town.lat(), town.lon(),
                    town.country(), town.admin1(), town.admin2(), SITE_FEATURE, p.confidence());
        }
        return p;
    }

    /** "Oaxaca" the state + "City" is its capital town: a populated place, not the region. */
    private static String cityFeature(String feature) {
        return feature == null || feature.startsWith("PPL") ? feature : "PPL";
    }

    /** A site over words [a, b], placed at the known place that contains it, if the sentence names one. */
    private static PlaceMention site(Words w, int a, int b, List<PlaceMention> known) {
        String text = w.text().substring(w.start(a), w.end(b));
        PlaceMention container = container(w, a, b, known);
        if (container == null) {
            return new PlaceMention(w.start(a), w.end(b), text, null, text, null, null, null, null, null,
                    SITE_FEATURE, 0.5);
        }
        return new PlaceMention(w.start(a), w.end(b), text, null, text, container.lat(), container.lon(),
                container.country(), container.admin1(), container.admin2(), SITE_FEATURE, 0.5);
    }

    /**
     * The known place the site lies in: one a few words after it behind "in"/"of"/"near" ("X district in eastern
     * Baghdad", "the village of X in western Raqqa"), or a possessor before it ("Baghdad's district of X").
     */
    private static PlaceMention container(Words w, int a, int b, List<PlaceMention> known) {
        PlaceMention best = null;
        for (PlaceMention p : known) {
            if (SITE_FEATURE.equals(p.feature()) || p.lat() == null || TOO_WIDE.contains(p.feature())) {
                continue;
            }
            int at = w.firstAtOrAfter(p.start());
            if (at > b && at - b <= 8 && linkedAfter(w, b + 1, at)) {
                return p;
            }
            if (at < a && a - at <= 6 && possessor(w.text(), p)) {
                best = p;
            }
        }
        return best;
    }

    /** A country or a world region ("the Sahel") is too wide to lend its centre to a village as its position. */
    private static final Set<String> TOO_WIDE = Set.of("PCLI", "PCL", "PCLD", "PCLS", "PCLF", "PCLIX", "CONT", "RGN",
            "AREA");

    private static boolean possessor(String text, PlaceMention p) {
        int e = p.end();
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                && text.charAt(e + 1) == 's';
    }

    /** Words [from, to) lead from a site to its container: "in the western countryside of", "near", ", north of". */
    private static boolean linkedAfter(Words w, int from, int to) {
        boolean preposition = false;
        for (int k = from; k < to; k++) {
            String x = w.lower(k);
            if (x.equals("in") || x.equals("of") || x.equals("near") || x.equals("outside")
                    || x.equals("(") && k == from // "X (admin2, admin1)": ACLED's bracket
                    || x.equals(",") && k == from && to == from + 1) { // "Meskel Square, Addis Ababa"
                preposition = true;
            } else if (x.equals(".") || x.equals(";") || x.equals("and") || x.equals("from") || x.equals("to")
                    || x.equals("when") || x.equals("after") || x.equals("where") || x.equals("who")
                    || x.equals("which")) {
                return false;
            }
        }
        return preposition;
    }
}
