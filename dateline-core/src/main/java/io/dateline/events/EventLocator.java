package io.dateline.events;

import io.dateline.model.EventLocation;
import io.dateline.model.PlaceMention;

import java.util.List;
import java.util.Set;

/**
 * Chooses the place where an event happened among the place mentions of its sentence: a place in the event's clause,
 * after a locative preposition ("in", "near", "at"), close to the trigger, wins over a destination ("toward X", "to
 * X"), an origin ("from X") or a reference point ("southeast of X" when the clause already names a place).
 * ACLED geo_precision: 1 for a town named as the place, 2 for "near" / "outskirts" / a relative position, 3 for a
 * region or country.
 */
public final class EventLocator {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "around", "inside", "across",
            "on", "within", "into", "nearby", "of", "over", "along", "between", "throughout", "off", "through");
    private static final Set<String> NEAR = Set.of("near", "outside", "around", "outskirts", "nearby", "close",
            "vicinity", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "northern", "southern", "eastern", "western", "km", "kilometres", "kilometers", "miles", "countryside",
            "suburbs", "environs");
    private static final Set<String> OWN_GROUND = Set.of("outskirts", "suburbs", "environs", "vicinity",
            "countryside");
    static final Set<String> DIRECTION_ADJECTIVES = Set.of("northern", "southern", "eastern", "western",
            "northeastern", "northwestern", "southeastern", "southwestern", "central", "north", "south", "east",
            "west", "rural", "greater", "downtown", "occupied");
    private static final Set<String> SETTLEMENT = Set.of("district", "village", "town", "city", "province",
            "area", "region", "neighbourhood", "neighborhood", "suburb", "governorate", "countryside", "outskirts",
            "state", "county", "municipality", "camp", "capital", "villages", "towns", "settlement", "settlements",
            "provinces", "districts", "areas", "cities", "neighbourhoods", "neighborhoods", "hamlet", "suburbs",
            "port");
    /** Verbs whose object is the place itself: "patrolled Kakata", "captured the village of X", "shelled X". */
    static final Set<String> PLACE_OBJECT_VERBS = Set.of("captured", "captures", "capture", "capturing",
            "seized", "seizes", "patrolled", "patrolling", "patrols", "shelled", "shelling", "shells", "bombed",
            "bombing", "bombarded", "bombarding", "stormed", "storming", "raided", "raiding", "attacked",
            "attacking", "hit", "struck", "liberated", "liberating", "secured", "securing", "recaptured",
            "retook", "overran", "entered", "entering", "besieged", "targeted", "targeting", "invaded", "occupied",
            "encircled", "surrounded", "pounded", "pounding", "overrun", "toured", "visited", "visiting", "reached");
    /** Words that cannot be the noun a place modifies ("Gibraltar was captured", "Hama province"). */
    private static final Set<String> NOT_A_HEAD = Set.of("was", "were", "is", "are", "has", "have", "had", "will",
            "would", "said", "says", "which", "who", "that", "where", "when", "after", "before", "during", "until",
            "while", "but", "on", "late", "early", "last", "this", "since", "because", "as", "to", "for", "from",
            "by", "with", "then", "today", "yesterday");
    private static final Set<String> DISTANCES = Set.of("km", "kilometres", "kilometers", "miles", "away", "metres",
            "meters");
    private static final Set<String> ENTRANCES = Set.of("entrance", "entrances", "gateway", "approaches");
    private static final Set<String> DIRECTIONAL = Set.of("toward", "towards", "to", "from", "for", "via");
    private static final Set<String> REGION_FEATURES = Set.of("PCLI", "PCL", "PCLD", "PCLS", "PCLF", "ADM1",
            "ADM2", "RGN", "CONT", "ADM1H", "PCLIX", "AREA");
    private static final Set<String> COUNTRY_FEATURES = Set.of("PCLI", "PCL", "PCLD", "PCLS", "PCLF", "PCLIX",
            "CONT");

    private EventLocator() {
    }

    /** A candidate and its score, for callers that only need the choice (evaluation). */
    public record Choice(PlaceMention place, int geoPrecision) {
    }

    /**
     * Index of the first word of a cause phrase that does not open its clause, or none: what follows it tells why
     * the act happened ("stormed the embassy in Baghdad, in protest at a burning in Stockholm"), even when the act is
     * only named by that phrase.
     */
    private static int causeAfter(Words w, Clause clause) {
        for (int k = clause.first() + 1; k + 2 < clause.end(); k++) {
            if (w.lower(k).equals("in") && EventExtractor.CAUSES.contains(w.lower(k + 1) + " " + w.lower(k + 2))) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * @param w       words of the sentence
     * @param clause  the event's clause
     * @param trigger index of the trigger word
     * @param places  place mentions of the sentence, in text order
     * @param movementEvent true when the event is itself a movement (visit, arrival): then its destination is where
     *                      it happens, and "to X" is not penalised
     */
    public static Choice choose(Words w, Clause clause, int trigger, List<PlaceMention> places,
                                boolean movementEvent) {
        PlaceMention best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestPrecision = 3;
        boolean bestAway = false;
        boolean clauseHasPlace = false;
        for (PlaceMention p : places) {
            if (clause.contains(w.firstAtOrAfter(p.start()))) {
                clauseHasPlace = true;
                break;
            }
        }
        PlaceMention firstInClause = null;
        int causeFrom = causeAfter(w, clause);
        int datelineEnd = WireDateline.end(w);
        boolean placeBeyondDateline = false; // "TBILISI (Reuters) - ... outside Georgia's parliament": Tbilisi
        for (int k = 0; datelineEnd >= 0 && k < places.size(); k++) {
            PlaceMention p = places.get(k);
            placeBeyondDateline |= w.firstAtOrAfter(p.start()) > datelineEnd && !isCountry(p) && !demonym(p);
        }
        for (PlaceMention p : places) {
            int at = w.firstAtOrAfter(p.start());
            if (at >= causeFrom) {
                continue; // "stormed the embassy in Baghdad, in protest at a burning in Stockholm"
            }
            boolean inClause = clause.contains(at);
            if (inClause && firstInClause == null) {
                firstInClause = p;
            }
            String prev = at > 0 ? w.lower(at - 1) : "";
            String prev2 = at > 1 ? w.lower(at - 2) : "";
            int back = at - 1;
            // skip "the" and direction adjectives: "in the Manbij campaign", "in southern Afghanistan"
            while (back > 0 && (w.lower(back).equals("the") || DIRECTION_ADJECTIVES.contains(w.lower(back)))) {
                back--;
            }
            if (back != at - 1 && back >= 0) {
                prev = w.lower(back);
                prev2 = back > 0 ? w.lower(back - 1) : "";
            }
            if (back > 0 && (POSSESSIVE_S.contains(prev) || areaPossessive(prev))) { // also "Chhattisgarh state's X"
                // "in Syria's Raqqa": the possessed place takes the preposition of its possessor
                int k = possessorStart(w, back, places);
                if (k > 0) {
                    prev = w.lower(k - 1);
                    prev2 = k > 1 ? w.lower(k - 2) : "";
                }
            }
            if (prev.equals("from") && DISTANCES.contains(prev2)) {
                prev = "near"; // "a camp about 15 km from Menaka": a distance from a place puts it near there
            }
            if (prev.equals("to") && ENTRANCES.contains(prev2)) {
                prev = "near"; // "a checkpoint at the entrance to Beledweyne": at the town's edge, no destination
            }
            boolean object = PLACE_OBJECT_VERBS.contains(prev)
                    || (prev.equals("of") && SETTLEMENT.contains(prev2) && objectOfVerb(w, back - 1));
            if (demonym(p)) {
                continue; // "Bosnian Serb forces", "a group of Chechen women": a people, not a place
            }
            int after = w.firstAtOrAfter(p.end());
            if (after < w.size() && GROUP_HEADS.contains(w.lower(after))) {
                continue; // "factions of the Sinaloa Cartel": a group named after its home, not where it fought
            }
            if (prev.equals("of") && MEMBERSHIP.contains(prev2)) {
                continue; // "14 suspected members of Los Lobos": a group named like a place
            }
            // "Ricardo Munguia of El Salvador": "of" after a name gives an origin, not a place
            boolean ofAfterName = prev.equals("of") && back > 0 && w.isCapitalised(back - 1)
                    && !partNamed(w, back - 1); // "the colonia Las Insurgentes of Celaya" is in Celaya
            boolean office = prev.equals("of") && officeOfTheArea(w, back);
            boolean locative = LOCATIVE.contains(prev) && !ofAfterName
                    || prev.equals("of") && SETTLEMENT.contains(prev2) && !office
                    || SETTLEMENT.contains(prev) && !prev.equals("area") // "the Syrian capital Damascus"
                    || prev.equals(",") && SETTLEMENT.contains(prev2) // "in the commercial capital, Abidjan"
                    || PLACE_OBJECT_VERBS.contains(prev);
            if (!locative && !DIRECTIONAL.contains(prev) && locativeAcrossModifiers(w, back)) {
                locative = true; // "at the popular Bardo Museum", "in the Shiite-dominated Sadr city"
            }
            boolean namedPossessor = possessive(w, p) && !isCountry(p); // "Grozny's streets": still the place
            // "outside the Central Java provincial parliament in Semarang": the site is in the town after it
            boolean siteLocatedAfter = modifiesNoun(w, p) && siteInAPlace(w, after, places);
            if (!locative && !DIRECTIONAL.contains(prev) && !namedPossessor && modifiesNoun(w, p)) {
                if (!inLocativePhrase(w, at) || isCountry(p)) { // "near a US convoy": a nationality
                    continue; // "Israeli forces", "a British soldier": an adjective, not where something happened
                }
                locative = true; // "outside his Amman home", "at the Baghdad airport": still where it happened
            }
            if (!locative && !inClause) {
                continue;
            }
            double s = inClause ? 2 : 0;
            if (locative) {
                s += 1;
            }
            if (object) {
                s += 1; // the place is what was captured, shelled or patrolled
            }
            boolean deployedTo = prev.equals("to") && deployedBefore(w, back)
                    || prev.equals("from") && back > 0 && WITHDRAWAL_VERBS.contains(w.lower(back - 1));
            if (deployedTo) {
                s += 1; // "deployed troops to X", "withdrew from X": where the troops go, the place they leave
            } else if (DIRECTIONAL.contains(prev) && !movementEvent) {
                s -= 2.5;
            }
            // "on the outskirts of Djibo" is Djibo's own ground; "southeast of Deir Ezzor" only takes it as reference
            boolean relative = prev.equals("of") && NEAR.contains(prev2) && !OWN_GROUND.contains(prev2);
            if (relative && clauseHasPlace && firstInClause != null && firstInClause != p) {
                s -= 1.5; // "near Mayadeen, southeast of Deir Ezzor": Deir Ezzor is the reference, not the place
            }
            if (!deployedTo && !DIRECTIONAL.contains(prev) && insideOrigin(w, at)) {
                s -= 2.5; // "the bomber, from a village near Jenin, detonated ...": where he came from
            }
            if (betweenReference(w, back)) {
                s -= 1.5; // "the Lajat region, located between Suwayda and Daraa": the ends locate the region
            }
            if (referenceAfterPlace(w, at, places)) {
                s -= 1.5; // "the village of Jdeideh near Jenin": Jenin locates Jdeideh
            }
            if (office) {
                s -= 1.5; // "the Attorney General of the State of Guanajuato": an office, not where it happened
            }
            if (siteLocatedAfter) {
                s -= 1.5; // the site the place names is itself located by the town after it
            }
            if (areaAroundEarlierPlace(w, after, places, p, clause, datelineEnd)) {
                s -= 1.2; // "on the outskirts of Balakliia, Izium district of Kharkiv region": the containers
            }
            if (possessive(w, p) || possessiveArea(w, p) || namesTheContainerOf(w, after)) {
                // "Baghdad's southern district of X", "Syria's Hama province", "the Black Sea port of Tuapse": a
                // container
                s -= 1.2;
            }
            if (p.feature() != null && COUNTRY_FEATURES.contains(p.feature())) {
                s -= 0.8;
            }
            if (at < datelineEnd && placeBeyondDateline) {
                s -= 2.5; // "BANGUI, Central African Republic (AFP) - ...": where the report was filed
            }
            s -= 0.04 * Math.abs(at - trigger);
            if (s > bestScore) {
                bestScore = s;
                best = p;
                bestPrecision = precision(p, prev, prev2, relative);
                bestAway = DIRECTIONAL.contains(prev) && !movementEvent && !deployedTo;
            }
        }
        // only an origin or a destination of someone else ("a driver from Abidjan"): no place for the event
        if (best == null || bestAway) {
            return null;
        }
        PlaceMention town = townWithin(best, places, w, clause, datelineEnd);
        return town != null ? new Choice(town, 1) : new Choice(best, bestPrecision);
    }

    private static final Set<String> AREA_FEATURES = Set.of("ADM1", "ADM2");

    /**
     * "Lashio, the largest town in northern Shan State", "Taxco, in Mexico's Guerrero state": an area named in the
     * clause to situate a town of the clause is not the place; the town in it is.
     */
    private static PlaceMention townWithin(PlaceMention area, List<PlaceMention> places, Words w, Clause clause,
                                           int datelineEnd) {
        if (area.feature() == null || !AREA_FEATURES.contains(area.feature()) || area.admin1() == null) {
            return null;
        }
        for (PlaceMention p : places) {
            // the dateline's town is where the report was filed
            if (p != area && p.start() < area.start() && clause.contains(w.firstAtOrAfter(p.start()))
                    && w.firstAtOrAfter(p.start()) > datelineEnd
                    && p.feature() != null && p.feature().startsWith("PPL") && area.admin1().equals(p.admin1())
                    && area.country() != null && area.country().equals(p.country())) {
                return p;
            }
        }
        return null;
    }

    private static final String[] DEMONYM_ENDINGS = {"an", "ian", "ese", "ish", "i", "ch"};

    /** A country mention spelled as its people ("Afghan", "Bosnian", "Yemeni"), not as the country's name. */
    static boolean demonym(PlaceMention p) {
        if (!isCountry(p) || p.name() == null || p.text().equalsIgnoreCase(p.name())) {
            return false;
        }
        String t = p.text().toLowerCase(java.util.Locale.ROOT);
        for (String ending : DEMONYM_ENDINGS) {
            if (t.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A country or continent: too coarse to stand for the place of the next sentence's event. */
    static boolean isCountry(PlaceMention p) {
        return p.feature() != null && COUNTRY_FEATURES.contains(p.feature());
    }

    /** The word at {@code i} (just before a place) is "between", or "and" of a "between A and B" pair. */
    private static boolean betweenReference(Words w, int i) {
        if (i < 0) {
            return false;
        }
        if (w.lower(i).equals("between")) {
            return true;
        }
        if (!w.lower(i).equals("and")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
            if (w.lower(j).equals("between")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a named part of a town: "the colonia Las Insurgentes", "the Zabjelo neighbourhood". */
    private static final Set<String> PARTS = Set.of("colonia", "neighbourhood", "neighborhood", "district",
            "quarter", "suburb", "village", "barrio", "sector");
    /** Words of a part's name: "Las Insurgentes". */
    private static final int PART_NAME_WORDS = 3;

    /** Whether the capitalised words ending at {@code last} name a part of a town ("the colonia Las Insurgentes"). */
    private static boolean partNamed(Words w, int last) {
        for (int k = last; k >= 0 && k > last - PART_NAME_WORDS - 1; k--) {
            if (PARTS.contains(w.lower(k))) {
                return true;
            }
            if (!w.isCapitalised(k)) {
                return false;
            }
        }
        return false;
    }

    /** Words from a place naming a site to the "in" that locates the site: "Central Java provincial parliament in". */
    private static final int SITE_REACH = 4;

    /** Whether the site a place names ("the Central Java provincial parliament") is placed "in" another place. */
    private static boolean siteInAPlace(Words w, int after, List<PlaceMention> places) {
        for (int k = after; k < w.size() && k < after + SITE_REACH; k++) {
            String x = w.lower(k);
            if (x.equals(",") || x.equals(".")) {
                return false;
            }
            if ((x.equals("in") || x.equals("at")) && k + 1 < w.size()) {
                for (PlaceMention q : places) {
                    if (w.firstAtOrAfter(q.start()) == k + 1 && !isCountry(q)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "the Attorney General of the State of": a capitalised office whose name holds the area. */
    private static boolean officeOfTheArea(Words w, int of) {
        return of >= 4 && SETTLEMENT.contains(w.lower(of - 1)) && w.isCapitalised(of - 1)
                && w.lower(of - 2).equals("the") && w.lower(of - 3).equals("of") && w.isCapitalised(of - 4);
    }

    private static final Set<String> AREA_WORDS = Set.of("region", "province", "oblast", "governorate", "state",
            "department", "district", "county");

    /**
     * A place told as an area ("Kharkiv region", "the state of Guanajuato") after a town of the same clause
     * ("Balakliia, ...", "the city of Salamanca in ...").
     */
    private static boolean areaAroundEarlierPlace(Words w, int after, List<PlaceMention> places, PlaceMention p,
                                                  Clause clause, int datelineEnd) {
        int at = w.firstAtOrAfter(p.start());
        boolean areaOf = at >= 2 && w.lower(at - 1).equals("of") && AREA_WORDS.contains(w.lower(at - 2));
        if (!areaOf && (after >= w.size() || !AREA_WORDS.contains(w.lower(after)))) {
            return false; // neither "Kharkiv region" nor "the central state of Guanajuato"
        }
        for (PlaceMention q : places) {
            if (q.start() < p.start() && q.feature() != null && q.feature().startsWith("PPL")
                    && clause.contains(w.firstAtOrAfter(q.start())) && w.firstAtOrAfter(q.start()) > datelineEnd
                    && !possessive(w, q)
                    && !AREA_WORDS.contains(w.lower(Math.min(w.size() - 1, w.firstAtOrAfter(q.end()))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Black Sea port of Tuapse", "the Amhara town of Lalibela": a town's noun and "of" follow ("the Dera Ismail
     * Khan district of ..." names the district itself).
     */
    private static boolean namesTheContainerOf(Words w, int after) {
        return after + 2 < w.size() && TOWN_NOUNS.contains(w.lower(after)) && w.lower(after + 1).equals("of")
                && w.isCapitalised(after + 2);
    }

    private static final Set<String> TOWN_NOUNS = Set.of("port", "town", "city", "village", "hamlet", "camp");

    /** The mention is followed by a lower-case word: used attributively ("Turkish soldiers"). */
    private static boolean modifiesNoun(Words w, PlaceMention p) {
        int next = w.firstAtOrAfter(p.end());
        if (next >= w.size()) {
            return false;
        }
        String word = w.word(next);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !LOCATIVE.contains(w.lower(next))
                && !word.equals("and") && !word.equals("or") && !NOT_A_HEAD.contains(w.lower(next))
                && !SETTLEMENT.contains(w.lower(next));
    }

    private static final Set<String> GROUP_HEADS = Set.of("cartel", "gang");
    private static final Set<String> MEMBERSHIP = Set.of("members", "member", "fighters", "militants", "leader",
            "leaders", "commander", "faction", "factions", "wing");

    private static final Set<String> POSSESSIVE_S = Set.of("s", "'s", "\u2019s");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "s", "'s", "\u2019s");

    /** A locative preposition a few words before, past determiners and a possessor: "outside his Amman home". */
    private static boolean inLocativePhrase(Words w, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 4; i--) {
            String x = w.lower(i);
            if (LOCATIVE.contains(x) && !x.equals("of")) {
                return true;
            }
            boolean possessor = x.endsWith("'s") || x.endsWith("\u2019s");
            if (!DETERMINERS.contains(x) && !possessor && !Character.isUpperCase(w.word(i).charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The place sits inside a "from ..." phrase that started a few words before ("from a village near the West Bank
     * city of X"): an origin, like a place right after "from".
     */
    private static boolean insideOrigin(Words w, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 10; k--) {
            String x = w.lower(k);
            if (x.equals("from")) {
                return k == 0 || !WITHDRAWAL_VERBS.contains(w.lower(k - 1)) && !takenAway(w, k);
            }
            if (x.equals(",") || x.equals(".") || x.equals(";") || MODIFIER_BREAKS.contains(x) && !x.equals("of")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs that take someone or something away from a place: "kidnapped a rancher from his farm near X". */
    private static final Set<String> TAKING_VERBS = Set.of("kidnapped", "abducted", "seized", "snatched", "taken",
            "took", "stole", "stolen", "looted", "rescued", "freed", "evicted", "expelled", "dragged");
    /** Words from a taking verb to its "from": "kidnapped a cattle rancher and his son from". */
    private static final int TAKING_REACH = 8;

    private static boolean takenAway(Words w, int from) {
        for (int k = from - 1; k >= 0 && k >= from - TAKING_REACH; k--) {
            if (TAKING_VERBS.contains(w.lower(k))) {
                return true;
            }
            if (w.lower(k).equals(",") || w.lower(k).equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> WITHDRAWAL_VERBS = Set.of("withdrew", "withdraw", "withdraws", "withdrawing",
            "retreated", "retreat", "retreats", "pulled", "evacuated");
    private static final Set<String> DEPLOYMENT_VERBS = Set.of("deployed", "deploys", "deploy", "deploying",
            "redeployed", "dispatched", "sent", "sends", "rushed");

    /** A deployment verb a few words before "to" ({@code to}): "deployed 300 troops to X". */
    private static boolean deployedBefore(Words w, int to) {
        for (int k = to - 1; k >= 0 && k >= to - 5; k--) {
            if (DEPLOYMENT_VERBS.contains(w.lower(k))) {
                return true;
            }
            if (w.lower(k).equals(",") || w.lower(k).equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** Words that end a run of modifiers: verbs, conjunctions and prepositions that are no locatives. */
    private static final Set<String> MODIFIER_BREAKS = Set.of("was", "were", "is", "are", "has", "have", "had",
            "and", "or", "but", "who", "which", "that", "when", "where", "while", "after", "before", "by", "with",
            "from", "to", "for", "said", "says", "of", "as", "than", "toward", "towards", "via");

    /**
     * A locative preposition ("in", "at", "near") before the word at {@code i}, with at most three modifier words
     * between it and the place: "at the popular X", "in the Kurdish-majority X district".
     */
    static boolean locativeAcrossModifiers(Words w, int i) {
        for (int k = i, seen = 0; k >= 0 && seen <= 4; k--, seen++) {
            String x = w.lower(k);
            if ((x.equals("in") || x.equals("at") || x.equals("near") || x.equals("outside")) && k < i) {
                return true;
            }
            boolean modifier = x.equals("-") || x.equals("the") || !x.isEmpty() && Character.isLetter(x.charAt(0))
                    && !MODIFIER_BREAKS.contains(x) && !LOCATIVE.contains(x);
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /** Index of the first word of the place ending just before the possessive "s" at {@code s}, or -1. */
    private static int possessorStart(Words w, int s, List<PlaceMention> places) {
        int end = w.end(s - 1);
        // "Chhattisgarh state's Bijapur district": the possessor may be named with its area noun
        int beforeNoun = s >= 2 && SETTLEMENT.contains(w.lower(s - 1)) ? w.end(s - 2) : -1;
        for (PlaceMention q : places) {
            if (q.end() == end || q.end() == w.start(s) || q.end() == beforeNoun) {
                return w.firstAtOrAfter(q.start());
            }
        }
        return -1;
    }

    /** "captured the village of X": the settlement noun before "of" ({@code i}) is the object of such a verb. */
    private static boolean objectOfVerb(Words w, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String x = w.lower(j);
            if (PLACE_OBJECT_VERBS.contains(x)) {
                return true;
            }
            if (!DETERMINERS.contains(x) && !DIRECTION_ADJECTIVES.contains(x) && !SETTLEMENT.contains(x)) {
                return false;
            }
        }
        return false;
    }

    /** True when the place follows "near" / "north of" / "outside" that directly follows another place. */
    private static boolean referenceAfterPlace(Words w, int at, List<PlaceMention> places) {
        int i = at - 1;
        if (i >= 0 && w.lower(i).equals("of")) {
            i--;
        }
        if (i < 0 || !NEAR.contains(w.lower(i))) {
            return false;
        }
        i--;
        while (i >= 0 && (w.lower(i).equals(",") || NEAR.contains(w.lower(i))
                || Character.isDigit(w.lower(i).charAt(0)) || w.lower(i).equals("the"))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int end = w.end(i);
        for (PlaceMention q : places) {
            if (q.end() == end) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessive(Words w, PlaceMention p) {
        String text = w.text();
        int e = p.end();
        if (e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                && text.charAt(e + 1) == 's') {
            return true;
        }
        return p.text().endsWith("'s") || p.text().endsWith("\u2019s");
    }

    /** "Chhattisgarh state's Bijapur district": the possessor named with its area noun. */
    private static boolean possessiveArea(Words w, PlaceMention p) {
        int next = w.firstAtOrAfter(p.end());
        return next < w.size() && areaPossessive(w.lower(next));
    }

    /** An area noun with a possessive "s" in one word: "state's", "province's". */
    private static boolean areaPossessive(String word) {
        return (word.endsWith("'s") || word.endsWith("\u2019s"))
                && SETTLEMENT.contains(word.substring(0, word.length() - 2));
    }

    static int precision(PlaceMention p, String prev, String prev2, boolean relative) {
        if (p.feature() != null && REGION_FEATURES.contains(p.feature())) {
            return 3;
        }
        // a site the gazetteer lacks carries the position of the town it lies in: ACLED's "near" precision
        if (NEAR.contains(prev) || relative || NEAR.contains(prev2) || SiteNames.SITE_FEATURE.equals(p.feature())) {
            return 2;
        }
        return 1;
    }

    /**
     * "outside Abbey Gate at Kabul's airport", "the Wadi al-Hummus area of Sur Baher": a site the gazetteer lacks is
     * placed, as ACLED does, at the nearest town the sentence names (geo-precision 2), else where the sentence before
     * placed its event; it stays unplaced only when neither exists.
     */
    static EventLocation placedNearby(EventLocation site, List<PlaceMention> places, EventLocation recent) {
        if (site == null || site.lat() != null) {
            return site;
        }
        PlaceMention near = null;
        int best = Integer.MAX_VALUE;
        for (PlaceMention p : places) {
            int gap = p.start() >= site.end() ? p.start() - site.end() : site.start() - p.end();
            if (p.lat() != null && !isCountry(p) && gap >= 0 && gap < best) {
                best = gap;
                near = p;
            }
        }
        if (near != null) {
            return new EventLocation(site.start(), site.end(), site.text(), site.name(), null, near.lat(), near.lon(),
                    near.country(), near.admin1(), near.admin2(), 2);
        }
        if (recent != null && recent.lat() != null) {
            return new EventLocation(site.start(), site.end(), site.text(), site.name(), null, recent.lat(),
                    recent.lon(), recent.country(), recent.admin1(), recent.admin2(), 2);
        }
        return site;
    }

    public static EventLocation toLocation(Choice c) {
        PlaceMention p = c.place();
        return new EventLocation(p.start(), p.end(), p.text(), p.name(), p.geonameid(), p.lat(), p.lon(),
                p.country(), p.admin1(), p.admin2(), c.geoPrecision());
    }
}
