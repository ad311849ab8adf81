package io.dateline.events;

import java.util.List;
import java.util.Set;

/**
 * Finds reported fatalities and injuries in a range of words: "killing at least six", "6 civilians were killed",
 * "three dead", "the death toll rose to 12", "no one was hurt". Looks at most a few words around each outcome word,
 * so it costs linear time and never backtracks.
 */
public final class CasualtyCounter {
    private static final Set<String> DEATH = Set.of("killed", "killing", "kills", "kill", "dead", "died", "die",
            "slain", "massacred", "deaths", "fatalities", "fatality", "lives", "perished", "executed", "beheaded",
            "lynched", "murdered", "bodies", "drowned", "death", "beheading", "executing", "lynching", "martyred",
            "succumbed", "martyrdom");
    /** The participles a toll is told with: "were killed", "died", "left dead", "were wounded". */
    static final Set<String> OUTCOME_WORDS = Set.of("killed", "dead", "died", "injured", "wounded", "martyred");
    private static final Set<String> INJURY = Set.of("wounded", "wounding", "injured", "injuring", "injuries",
            "hurt", "injures", "wounds", "hospitalised", "hospitalized");
    private static final Set<String> AFTER_VERB = Set.of("killing", "killed", "kills", "kill", "wounding",
            "injuring", "wounded", "injured", "injures", "claimed", "left", "leaving", "dead", "murdered",
            "executed", "beheaded", "lynched", "beheading", "executing", "lynching");
    /** After "a": words that make it no count of one ("a number of", "a few"). */
    static final Set<String> NOT_ONE = Set.of("number", "few", "handful", "total", "toll", "further",
            "lot", "series", "third", "half", "day", "week", "month", "year", "source", "statement", "result");
    private static final Set<String> HEDGES = Set.of("at", "least", "nearly", "about", "around", "some", "almost",
            "over", "more", "than", "up", "to", "approximately", "between", "roughly", "estimated", "an", "the",
            "another", "other", "others", "of", "a");

    private CasualtyCounter() {
    }

    public static Casualties count(Words w, int from, int to) {
        Integer dead = null;
        Integer hurt = null;
        SidedTolls sided = new SidedTolls();
        for (int i = from; i < to && i < w.size(); i++) {
            String x = w.lower(i);
            if (burnedAlive(w, from, i)) {
                // "seized 13 suspected gang members ..., beat them and burned them alive"
                int n = w.lower(i - 1).equals("them") ? countOfThem(w, from, i - 2) : numberAfter(w, i - 1, i);
                if (n >= 0) {
                    dead = dead == null ? n : Math.max(dead, n);
                }
                continue;
            }
            boolean death = DEATH.contains(x) && (!x.equals("death") || i > from && w.lower(i - 1).equals("to"))
                    || neutralisedPeople(w, i, to) || becameMartyrs(w, from, i) || lostALife(w, from, i);
            boolean injury = INJURY.contains(x);
            if (!death && !injury) {
                continue;
            }
            if (namesACause(w, from, i) || partOfTheDead(w, from, i)) {
                continue;
            }
            int n = negated(w, from, i) ? 0 : x.equals("death") ? numberAfter(w, i + 1, to) : -1;
            if (n < 0) {
                n = numberBefore(w, from, i); // "beat to death two men" counts the men, not the mob before
            }
            if (n >= 0) {
                n += coordinatedBefore(w, from, i);
            }
            if (n < 0 && (x.equals("life") || x.equals("succumbed") && oneOwnsTheWounds(w, i + 1, to))) {
                n = 1; // "a passer-by lost his life", "one of them ... succumbed to his injuries"
            }
            if (n < 0 && x.equals("bodies") && i + 1 < to && w.lower(i + 1).equals("of")) {
                n = numberAfter(w, i + 2, to); // "received the bodies of six people"
            }
            boolean after = n < 0;
            if (n < 0 && (AFTER_VERB.contains(x) || NEUTRALISED.contains(x))) {
                n = Math.max(numberAfter(w, i + 1, to), VictimList.count(w, i + 1, to));
                if (n < 0 && i + 1 < to && w.lower(i + 1).equals("them")) {
                    n = countOfThem(w, from, i); // "stopped two buses of pilgrims and killed them"
                }
            }
            if (n < 0) {
                continue;
            }
            if (death) {
                dead = dead == null ? n : Math.max(dead, n);
                sided.add(n, after ? TollSides.of(w, i + 1, Math.min(to, i + 1 + SIDE_REACH))
                        : TollSides.of(w, Math.max(from, i - SIDE_REACH), i));
            } else {
                hurt = hurt == null ? n : Math.max(hurt, n);
            }
        }
        if (sided.total() > 0) {
            dead = sided.total();
        }
        int nth = nthDeath(w, from, to);
        if (nth > 0) {
            dead = dead == null ? nth : Math.max(dead, nth); // "later confirmed a fifth death"
        }
        Integer toll = supersededToll(w, from, to) ? null : deathToll(w, from, to);
        if (toll != null) {
            // "Two soldiers were killed ..., though a local official put the toll at three": where one sentence's
            // sources differ ACLED keeps the lowest; a toll that rose replaces the count
            boolean attackerOnly = dead != null && dead == 1 && TollSides.onlyTheAttacker(w, from, to);
            dead = dead == null || attackerOnly ? toll // "the bomber was also dead and put the overall toll at 11"
                    : tollRose(w, from, to) ? Math.max(dead, toll) : Math.min(dead, toll);
        }
        int bombers = Math.max(bombersWhoDied(w, from, to), attackerBesides(w, from, to));
        if (bombers > 0 && !attackerIncluded(w, from, to)) {
            dead = (dead == null ? 0 : dead) + bombers; // ACLED counts the bombers among the dead
        }
        return new Casualties(dead, hurt);
    }

    /** "one of our soldiers became martyr", "two policemen embraced martyrdom": the press's word for killed. */
    private static boolean becameMartyrs(Words w, int from, int i) {
        String x = w.lower(i);
        return (x.equals("martyr") || x.equals("martyrs")) && i > from
                && (w.lower(i - 1).equals("became") || w.lower(i - 1).equals("become"));
    }

    /** "a passer-by lost his life": one death, unless a count comes before. */
    private static boolean lostALife(Words w, int from, int i) {
        return w.lower(i).equals("life") && i - 2 >= from && KIN_OWNERS.contains(w.lower(i - 1))
                && w.lower(i - 2).equals("lost");
    }

    /** "to his injuries", "to her wounds": one person's. */
    private static boolean oneOwnsTheWounds(Words w, int from, int to) {
        return from + 2 < to && w.lower(from).equals("to") && (w.lower(from + 1).equals("his")
                || w.lower(from + 1).equals("her")) && INJURY.contains(w.lower(from + 2));
    }

    /** Words around a count that tell whose dead it counts. */
    private static final int SIDE_REACH = 6;

    /**
     * "9 soldiers were killed and dozens of assailants were neutralised": counts of two sides' dead add up; any
     * count whose side is unclear leaves the largest count, since it may restate another.
     */
    private static final class SidedTolls {
        private final java.util.EnumMap<TollSides.Side, Integer> bySide = new java.util.EnumMap<>(TollSides.Side.class);
        private boolean unclear;

        void add(int n, TollSides.Side side) {
            if (side == TollSides.Side.UNKNOWN) {
                unclear = true;
            } else {
                bySide.merge(side, n, Math::max);
            }
        }

        /** The sum over sides when every count has a side and there are several; 0 otherwise. */
        int total() {
            return unclear || bySide.size() < 2 ? 0 : bySide.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static final Set<String> NEUTRALISED = Set.of("neutralised", "neutralized", "neutralising", "neutralizing");
    /** What forces also "neutralise" that is not a person: "neutralised two explosive devices". */
    private static final Set<String> THINGS = Set.of("device", "devices", "explosive", "explosives", "ied", "ieds",
            "mine", "mines", "bomb", "bombs", "drone", "drones", "missile", "missiles", "rocket", "rockets", "cell",
            "cells", "threat", "threats", "vehicle", "vehicles", "boat", "boats", "network", "networks", "base");
    private static final int THING_REACH = 4;

    /** "said it had neutralised 11 assailants", "12 terrorists were neutralized": an army's word for killing. */
    private static boolean neutralisedPeople(Words w, int i, int to) {
        if (!NEUTRALISED.contains(w.lower(i))) {
            return false;
        }
        for (int j = Math.max(0, i - THING_REACH); j < to && j <= i + THING_REACH; j++) {
            if (THINGS.contains(w.lower(j))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ATTACKERS = Set.of("attacker", "attackers", "bomber", "bombers", "assailant",
            "assailants");

    /** "killing at least nine people including the attacker": the count already holds the bomber. */
    private static boolean attackerIncluded(Words w, int from, int to) {
        for (int i = from; i + 1 < to && i + 1 < w.size(); i++) {
            if (w.lower(i).equals("including") && (ATTACKERS.contains(w.lower(i + 1))
                    || i + 2 < to && i + 2 < w.size() && ATTACKERS.contains(w.lower(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    /** "killing 13 people in addition to the bomber", "besides the attacker": the bomber, told apart (1), or 0. */
    private static int attackerBesides(Words w, int from, int to) {
        for (int i = from; i + 1 < to && i + 1 < w.size(); i++) {
            boolean besides = w.lower(i).equals("besides") || i > from && w.lower(i).equals("to")
                    && w.lower(i - 1).equals("addition");
            boolean theAttacker = i + 2 < to && i + 2 < w.size() && w.lower(i + 1).equals("the")
                    && ATTACKERS.contains(w.lower(i + 2)) && !w.lower(i + 2).endsWith("s");
            if (besides && theAttacker || w.lower(i).equals("besides") && SELF_ONE.contains(w.lower(i + 1))) {
                return 1; // "killing at least nine people besides himself"
            }
        }
        return 0;
    }

    private static final Set<String> SELF_ONE = Set.of("himself", "herself");
    /** Words from the bombers' count to "blew": "Two female suicide bombers blew". */
    private static final int BOMBER_REACH = 6;

    /** "blew himself up" (1), "Two female suicide bombers blew themselves up" (2); 0 when none or not counted. */
    private static int bombersWhoDied(Words w, int from, int to) {
        for (int i = from; i + 2 < to && i + 2 < w.size(); i++) {
            if (!w.lower(i).equals("blew") || !w.lower(i + 2).equals("up")) {
                continue;
            }
            String self = w.lower(i + 1);
            if (SELF_ONE.contains(self)) {
                return 1;
            }
            if (self.equals("themselves")) {
                for (int j = i - 1; j >= from && j >= i - BOMBER_REACH; j--) {
                    int v = NumberWords.valueEndingAt(w, j);
                    if (v > 0 && !isYearOrDate(w, j)) {
                        return v;
                    }
                }
            }
            return 0;
        }
        return 0;
    }

    private static final Set<String> BURNING = Set.of("burned", "burnt", "burning");

    /** "burned them alive", "burnt a man alive": "alive" closing a burning verb's object of up to three words. */
    private static boolean burnedAlive(Words w, int from, int i) {
        if (!w.lower(i).equals("alive")) {
            return false;
        }
        for (int k = i - 1; k >= from && k >= i - 4; k--) {
            if (BURNING.contains(w.lower(k))) {
                return k < i - 1;
            }
        }
        return false;
    }

    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");
    private static final Set<String> NTH_DEATHS = Set.of("death", "victim", "fatality", "body");

    /** "a fifth death", "the third victim": the toll the ordinal brings it to, or 0. */
    private static int nthDeath(Words w, int from, int to) {
        for (int i = from + 1; i + 1 < to && i + 1 < w.size(); i++) {
            int n = ORDINALS.indexOf(w.lower(i));
            String before = w.lower(i - 1);
            if (n >= 0 && NTH_DEATHS.contains(w.lower(i + 1)) && (before.equals("a") || before.equals("the"))) {
                return n + 2;
            }
        }
        return 0;
    }

    /** "them": the count of the nearest counted people before, in the same sentence ("13 suspected gang members"). */
    private static int countOfThem(Words w, int from, int before) {
        for (int j = before - 1; j >= from; j--) {
            if (w.lower(j).equals(".")) {
                return -1;
            }
            int v = NumberWords.valueEndingAt(w, j);
            if (v >= 0 && !isYearOrDate(w, j) && !isAge(w, j)) {
                return v;
            }
        }
        return -1;
    }

    private static final Set<String> CAUSE_OPENERS = Set.of("by", "over", "for", "against", "avenge", "protest");

    /**
     * "a mob angered by the killing of six people": a killing named as a cause is another event's toll; so is one
     * told in a relative clause of a grievance ("demanding accountability for the collapse ... that killed 15").
     */
    private static boolean namesACause(Words w, int from, int i) {
        return i - 2 >= from && w.lower(i - 1).equals("the") && CAUSE_OPENERS.contains(w.lower(i - 2))
                || i - 1 >= from && RELATIVES.contains(w.lower(i - 1)) && grievanceBefore(w, from, i - 1);
    }

    /** "two of the dead were bystanders": a part of a toll told elsewhere, no count of its own. */
    private static boolean partOfTheDead(Words w, int from, int i) {
        return i - 2 >= from && w.lower(i - 1).equals("the")
                && (w.lower(i - 2).equals("of") || w.lower(i - 2).equals("among"));
    }

    private static final Set<String> RELATIVES = Set.of("that", "which");
    private static final Set<String> GRIEVANCES = Set.of("demanding", "denouncing", "protesting", "condemning",
            "mourning", "accountability", "justice");

    private static boolean grievanceBefore(Words w, int from, int relative) {
        for (int k = relative - 1; k >= from; k--) {
            String x = w.lower(k);
            if (x.equals(".") || x.equals(";")) {
                return false;
            }
            if (GRIEVANCES.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> QUOTES = Set.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019");

    /**
     * "Five policemen and three militants were killed": the victims counted just before the verb may follow other
     * victims joined by "and"; both groups died. Returns the earlier group's count, or 0.
     */
    private static int coordinatedBefore(Words w, int from, int i) {
        int and = -1;
        boolean ownCount = false; // the group right before the verb has its own count ("and three militants")
        int seen = 0;
        for (int j = i - 1; j >= from && seen < 6; j--) {
            if (QUOTES.contains(w.lower(j))) {
                continue; // 'Ten soldiers and "about thirty terrorists" were killed'
            }
            seen++;
            if (w.lower(j).equals("and")) {
                and = j;
                break;
            }
            if (PUNCTUATION.contains(w.lower(j))) {
                return 0;
            }
            ownCount |= NumberWords.valueEndingAt(w, j) >= 0;
        }
        if (and < 0 || !ownCount) {
            return 0;
        }
        for (int j = and - 1; j >= from && j >= and - FIRST_GROUP_WORDS; j--) {
            String x = w.lower(j);
            if (PUNCTUATION.contains(x) || x.equals("and") || DEATH.contains(x) || INJURY.contains(x)
                    || AUXILIARIES.contains(x)) {
                return 0; // "Two were killed and three wounded": the first group is another outcome's
            }
            int v = NumberWords.valueEndingAt(w, j);
            if (v < 0 && (x.equals("a") || x.equals("an"))) {
                v = 1; // "a soldier and 11 militants were killed"
            }
            if (v >= 0 && !isYearOrDate(w, j)) {
                // "Five policemen and", not a bare "five and"; nor the object of another verb ("arrested a suspect")
                String verb = j - 1 >= from ? w.lower(j - 1) : "";
                // "leaving six gang members and one officer dead": the outcome's own object
                boolean object = (verb.endsWith("ed") || verb.endsWith("ing")) && !REPORTING.contains(verb)
                        && !verb.equals("leaving");
                return j + 1 < and && !object ? v : 0;
            }
        }
        return 0;
    }

    /** Words of the first group before "and": "nine members of the factions and". */
    private static final int FIRST_GROUP_WORDS = 6;
    private static final Set<String> PUNCTUATION = Set.of(",", ".", ";", ":");
    /** Verbs whose object is the count itself: "the army reported 2 soldiers and 9 rebels killed". */
    static final Set<String> REPORTING = Set.of("reported", "reports", "reporting", "confirmed", "counted", "put");
    /** Words an aside between the victims and their verb may take. */
    private static final int MAX_ASIDE_WORDS = 16;

    /** "6 civilians were killed", "three people dead", "killed 6 people" handled by numberAfter. */
    private static int numberBefore(Words w, int from, int i) {
        return numberBefore(w, from, i, i, true);
    }

    /**
     * @param outcome   the outcome word itself, {@code i} unless an aside was stepped over
     * @param skipAside whether one aside between the victims and their verb may be stepped over: "At least five
     *                  people, two of them civilians, were killed", "One man who tried to resist was shot dead"
     */
    private static int numberBefore(Words w, int from, int i, int outcome, boolean skipAside) {
        for (int j = i - 1; j >= from && j >= i - 6; j--) {
            String x = w.lower(j);
            if (skipAside && x.equals(",") && onlyAuxiliaries(w, j + 1, i)) {
                // the aside may itself list or count ("71 people, among them staff, inmates and relatives, were
                // killed"; "nine people, among them two nurses, ..."): the victims are counted before the earliest
                // comma that has a count before it
                int counted = -1;
                for (int k = j - 1; k >= from && k >= j - MAX_ASIDE_WORDS; k--) {
                    if (w.lower(k).equals(",")) {
                        int v = numberBefore(w, from, k, outcome, false);
                        counted = v >= 0 ? v : counted;
                    }
                }
                boolean singular = w.lower(i - 1).equals("was") || i - 2 > j && w.lower(i - 2).equals("was");
                return counted >= 0 || !singular ? counted : namedOneBefore(w, from, j);
            }
            if (skipAside && (x.equals("who") || participle(x)) && i - 1 > j
                    && AUXILIARIES.contains(w.lower(i - 1))) {
                // "One man who tried to resist was shot dead", "Two fighters and a bystander caught in the crossfire
                // were killed": the victims stand before the clause that describes them
                return numberBefore(w, from, j, outcome, false);
            }
            if (x.equals("number") && j - 3 >= from && UNCOUNTED.contains(w.lower(j - 1))
                    && w.lower(j - 3).equals("and")) {
                // "9 soldiers and an unknown number of militants were killed": only the counted group is known
                return countJustBefore(w, from, j - 3);
            }
            if (x.equals("of") && j - 2 >= from && w.lower(j - 1).endsWith("s")) {
                // "five members of an armed gang were killed": the count before the noun the "of" phrase describes
                int v = NumberWords.valueEndingAt(w, j - 2);
                if (v >= 0 && !isYearOrDate(w, j - 2)) {
                    return v + coordinatedBefore(w, from, j - 1);
                }
            }
            if (x.equals("and") && j < i - 1) {
                int joined = countOfJoinedGroups(w, from, j);
                boolean oneMore = w.lower(j + 1).equals("a") || w.lower(j + 1).equals("an");
                int first = oneMore && joined < 0 ? countJustBefore(w, from, j) : -1;
                if (first < 0 && joined < 0 && onlyAuxiliaries(w, auxiliariesStart(w, j, i), i)
                        && onePersonPhrase(w, Math.max(from, j - MAX_ONE_PHRASE), j)
                        && onePersonPhrase(w, j + 1, auxiliariesStart(w, j, i))) {
                    return 2; // "A woman and her young son were killed"
                }
                return first >= 0 ? first + 1 : joined; // "leaving two rebels and a soldier dead"
            }
            if (x.equals(",") || x.equals(".") || x.equals(";")) {
                return -1;
            }
            int v = NumberWords.valueEndingAt(w, j);
            if (v >= 0 && !isYearOrDate(w, j)) {
                // "Seven members of one family": the count of the members, not of the family
                int members = j - 3 >= from && w.lower(j - 1).equals("of") && w.lower(j - 2).endsWith("s")
                        ? NumberWords.valueEndingAt(w, j - 3) : -1;
                if (members >= 0 && !isYearOrDate(w, j - 3)) {
                    return members;
                }
                int whole = j - 1 > from && w.lower(j - 1).equals("including")
                        ? numberBefore(w, from, j - 1, outcome, false) : -1;
                return whole >= 0 ? whole : lowerEndOfRange(w, from, j, v); // "eight civilians including three
                // children were killed": the children are among the eight
            }
            if (isSingleVictim(w, j, outcome)) {
                // "a 63-year-old man and a 47-year-old woman died": two people, each named alone
                boolean another = j - 1 > from && w.lower(j - 1).equals("and")
                        && onePersonPhrase(w, Math.max(from, j - 1 - MAX_ONE_PHRASE), j - 1);
                return another ? 2 : 1;
            }
        }
        return -1;
    }

    private static final Set<String> RANGE_JOINS = Set.of("to", "or");

    /**
     * "between 7 and 9 people", "seven or eight people", "5 to 10 civilians": ACLED takes the lower end of a range.
     * Returns the range's first number when the count at {@code j} closes one, else {@code v}.
     */
    private static int lowerEndOfRange(Words w, int from, int j, int v) {
        if (j - 2 < from) {
            return v;
        }
        String join = w.lower(j - 1);
        boolean between = join.equals("and") && j - 3 >= from && w.lower(j - 3).equals("between");
        boolean change = j - 3 >= from && w.lower(j - 3).equals("from"); // "rose from 5 to 9": no range
        int first = between || RANGE_JOINS.contains(join) && !change ? NumberWords.valueEndingAt(w, j - 2) : -1;
        return first >= 0 && first < v && !isYearOrDate(w, j - 2) ? first : v;
    }

    /** Whether the count at {@code j} opens a range: "7 to 9", "seven or eight", "between 7 and 9". */
    private static boolean opensRange(Words w, int j, int to) {
        if (j + 2 >= to || j + 2 >= w.size() || NumberWords.valueEndingAt(w, j + 2) < 0) {
            return false;
        }
        String join = w.lower(j + 1);
        return RANGE_JOINS.contains(join) || join.equals("and") && j > 0 && w.lower(j - 1).equals("between");
    }

    /** A verb form opening a clause that describes the victims: "caught", "sitting", "travelling". */
    private static boolean participle(String x) {
        return ((x.endsWith("ed") || x.endsWith("ing")) && x.length() > 4 || IRREGULAR_PARTICIPLES.contains(x))
                && !AUXILIARIES.contains(x) && !DEATH.contains(x) && !INJURY.contains(x);
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("caught", "hit", "struck", "taken", "held",
            "left", "seen");

    /** "the mayor of Chilpancingo, Alejandro Arcos, was killed": one person named before the aside. */
    private static int namedOneBefore(Words w, int from, int aside) {
        for (int k = aside - 1; k >= from && k >= aside - MAX_ASIDE_WORDS; k--) {
            if (w.lower(k).equals("the") && k + 1 < aside && namesOnePerson(w.lower(k + 1))) {
                return 1;
            }
        }
        return -1;
    }

    private static final Set<String> UNCOUNTED = Set.of("unknown", "undetermined", "unspecified", "undisclosed",
            "unconfirmed");

    /** The count of the group right before "and": "two rebels and", "three policemen and". */
    private static int countJustBefore(Words w, int from, int and) {
        for (int k = and - 1; k >= from && k >= and - 3; k--) {
            if (PUNCTUATION.contains(w.lower(k))) {
                return -1;
            }
            int v = NumberWords.valueEndingAt(w, k);
            if (v >= 0 && !isYearOrDate(w, k)) {
                return v;
            }
        }
        return -1;
    }

    /** "dozens of Wagner fighters and Malian soldiers were killed": a count "of" groups joined by "and". */
    private static int countOfJoinedGroups(Words w, int from, int and) {
        for (int k = and - 1; k >= from && k >= and - 5; k--) {
            if (PUNCTUATION.contains(w.lower(k))) {
                return -1;
            }
            int v = NumberWords.valueEndingAt(w, k);
            if (v >= 0 && k + 1 < and && w.lower(k + 1).equals("of") && !isYearOrDate(w, k)) {
                return v;
            }
        }
        return -1;
    }

    /** Words of a passive verb group before its outcome word: "were reportedly killed", "was shot dead". */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "have", "has", "had", "reportedly",
            "later", "also", "shot", "reported", "confirmed", "feared", "believed", "found");

    /** Whether the words from {@code a} to {@code b} (exclusive) are only such helpers. */
    private static boolean onlyAuxiliaries(Words w, int a, int b) {
        for (int k = Math.max(0, a); k < b; k++) {
            if (!AUXILIARIES.contains(w.lower(k))) {
                return false;
            }
        }
        return a < b;
    }

    /**
     * "A soldier was killed", "beat a student to death", "a protester died": "a" opening a singular noun phrase
     * before a singular verb, before "to death" or before "died" naming one person counts one victim (ACLED codes
     * the one person named).
     */
    private static boolean isSingleVictim(Words w, int j, int outcome) {
        String x = w.lower(j);
        boolean relative = KIN_OWNERS.contains(x) && j + 1 < outcome && KIN.contains(w.lower(j + 1));
        boolean died = w.lower(outcome).equals("died") || w.lower(outcome).equals("dies");
        boolean known = x.equals("the") && j + 1 < outcome && namesOnePerson(w.lower(j + 1))
                && (died || j + 2 < outcome && w.lower(j + 2).equals("was")); // "The bomber was also killed"
        if (!(x.equals("a") || x.equals("an") || relative || known) || j + 1 >= outcome
                || NOT_ONE.contains(w.lower(j + 1))) {
            return false; // "his son was shot dead", "The bomber also died" name one victim as "a son" would
        }
        if (w.lower(outcome).equals("death")) {
            return true;
        }
        int head = outcome - 1 > j && (w.lower(outcome - 1).equals("also") || w.lower(outcome - 1).equals("later"))
                ? outcome - 2 : outcome - 1;
        if (died && (outcome - j <= MAX_ONE_PHRASE || namedUnitBetween(w, j + 1, head))
                && (namesOnePerson(w.lower(head)) || known && w.lower(outcome - 1).equals("also"))) {
            return true; // "A young protester died after being shot", "a District Reserve Guard constable also died"
        }
        for (int k = j + 1; k < outcome; k++) {
            if (w.lower(k).equals("was")) {
                return true;
            }
        }
        return false;
    }

    /** Whether [from, to) is only capitalised words, a unit's name: "District Reserve Guard". */
    private static boolean namedUnitBetween(Words w, int from, int to) {
        if (to - from > MAX_ONE_PHRASE) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!w.isCapitalised(k)) {
                return false;
            }
        }
        return true;
    }

    /** Where the passive helpers before the outcome begin: "were" in "her son were reportedly killed". */
    private static int auxiliariesStart(Words w, int after, int outcome) {
        int k = outcome;
        while (k - 1 > after && AUXILIARIES.contains(w.lower(k - 1))) {
            k--;
        }
        return k;
    }

    /**
     * Whether [from, to) ends in one person's noun phrase opened by an article or an owner: "a woman", "her young
     * son", "a passer-by".
     */
    private static boolean onePersonPhrase(Words w, int from, int to) {
        if (to <= from || !namesOnePerson(w.lower(to - 1))) {
            return false;
        }
        for (int k = to - 2; k >= from; k--) {
            String x = w.lower(k);
            if (x.equals("a") || x.equals("an") || KIN_OWNERS.contains(x)) {
                return true;
            }
            if (isAge(w, k)) {
                continue; // "a 63-year-old man"
            }
            if (!Character.isLetter(x.charAt(0)) || NumberWords.valueEndingAt(w, k) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Words of "a young protester": the article and up to three words of its noun phrase. */
    private static final int MAX_ONE_PHRASE = 4;
    private static final Set<String> REFLEXIVE = Set.of("himself", "herself");
    private static final Set<String> POSSESSIVE_OR_THE = Set.of("the", "his", "her", "its", "their");
    /** Endings of nouns that name one person: driver, commander, journalist, politician, policeman. */
    static final List<String> PERSON_ENDINGS = List.of("er", "or", "ist", "ian", "man", "woman", "boy",
            "girl", "child", "chief", "mayor", "imam", "priest", "pilot", "guard", "judge", "governor");

    private static int numberAfter(Words w, int from, int to) {
        for (int j = from; j < to && j < from + 4; j++) {
            String x = w.lower(j);
            if (REFLEXIVE.contains(x)) { // "killing herself and six other people"
                int others = j + 2 < to && w.lower(j + 1).equals("and") ? numberAfter(w, j + 2, to) : -1;
                return 1 + Math.max(0, others);
            }
            if (x.equals("and") && j + 1 < to && w.lower(j + 1).endsWith("ed") && !INJURY.contains(w.lower(j + 1))) {
                j++; // "lynched and burned three men"
                continue;
            }
            if (POSSESSIVE_OR_THE.contains(x) && onePerson(w, j + 1, to)) {
                return 1; // "killing the driver", "killed its commander"
            }
            int v = NumberWords.valueEndingAt(w, j);
            if (v >= 0 && !isYearOrDate(w, j) && !isAge(w, j)) {
                // "a dozen": the number word is the next one
                if (j + 1 < to && (w.lower(j + 1).equals("hundred") || w.lower(j + 1).equals("thousand"))) {
                    return NumberWords.valueEndingAt(w, j + 1) + andMore(w, j + 2, to);
                }
                return opensRange(w, j, to) ? v : v + andMore(w, j + 1, to);
            }
            if ((x.equals("a") || x.equals("an")) && j + 1 < to && (NumberWords.valueEndingAt(w, j + 1) < 0
                    || isAge(w, j + 1)) && !NOT_ONE.contains(w.lower(j + 1))
                    && Character.isLetterOrDigit(w.lower(j + 1).charAt(0))) {
                return 1 + andMore(w, j + 1, to); // "shot and killed a mayoral candidate", "a 12-year-old boy"
            }
            if (!HEDGES.contains(x) && !QUOTES.contains(x)) { // quotes too: 'neutralised' 11 assailants
                return -1;
            }
        }
        return -1;
    }

    /** "a 12-year-old boy": an age, not a count. */
    private static boolean isAge(Words w, int j) {
        return w.lower(j).contains("-year-old") || j + 1 < w.size() && w.lower(j + 1).startsWith("-year");
    }

    private static final Set<String> GROUP_OPENERS = Set.of("his", "her", "their", "its", "the");

    /**
     * Victims in further groups after the first: "killing five schoolchildren and a policeman", "a man and his two
     * sons", "two policemen and a civilian". Looks past at most three words of the first group's noun phrase.
     */
    private static int andMore(Words w, int from, int to) {
        for (int j = from; j < to && j < from + 4; j++) {
            String x = w.lower(j);
            if (x.equals("and")) {
                int k = j + 1;
                if (k < to && GROUP_OPENERS.contains(w.lower(k))) {
                    k++;
                }
                if (k >= to) {
                    return 0;
                }
                int v = NumberWords.valueEndingAt(w, k);
                if (v >= 0 && !isYearOrDate(w, k) && !isAge(w, k)) {
                    return v;
                }
                String y = w.lower(k);
                return (y.equals("a") || y.equals("an")) && k + 1 < to && !NOT_ONE.contains(w.lower(k + 1)) ? 1 : 0;
            }
            if (!Character.isLetter(x.charAt(0)) || x.endsWith("ing") || x.endsWith("ed") || PHRASE_ENDS.contains(x)) {
                return 0; // the first group ended without another
            }
        }
        return 0;
    }

    private static boolean namesOnePerson(String head) {
        return KIN.contains(head) || ONE_PERSON_NOUNS.contains(head)
                || PERSON_ENDINGS.stream().anyMatch(head::endsWith) && !NOT_PERSONS.contains(head);
    }

    /** Nouns for one person that end like no other person noun. */
    private static final Set<String> ONE_PERSON_NOUNS = Set.of("passer-by", "passerby", "resident", "student",
            "person", "baby", "infant", "merchant", "shepherd", "nurse", "pupil", "youth", "teen", "constable",
            "rebel", "sergeant", "lieutenant", "captain", "colonel", "cadet");

    static final Set<String> KIN_OWNERS = Set.of("his", "her", "their");
    /** Relatives that name one person but end like no other person noun: "his son was shot dead". */
    static final Set<String> KIN = Set.of("son", "daughter", "father", "mother", "brother", "sister",
            "husband", "wife", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter");

    /** A singular noun phrase of up to three words whose head names one person, ending the phrase. */
    private static boolean onePerson(Words w, int from, int to) {
        for (int k = from; k < to && k < from + 3; k++) {
            String x = w.lower(k);
            boolean last = k + 1 >= w.size() || !Character.isLetter(w.lower(k + 1).charAt(0))
                    || PHRASE_ENDS.contains(w.lower(k + 1));
            if (last) {
                return namesOnePerson(x);
            }
        }
        return false;
    }

    /** Words with a person's ending that name no person. */
    static final Set<String> NOT_PERSONS = Set.of("other", "former", "latter", "water", "border", "quarter",
            "center", "centre", "order", "power", "number", "corridor", "sector", "interior", "river", "tower",
            "after", "under", "over", "for", "or");
    private static final Set<String> PHRASE_ENDS = Set.of("and", "of", "in", "on", "at", "near", "who", "as", "while",
            "after", "before", "with", "from", "during", "when");

    private static boolean isYearOrDate(Words w, int j) {
        String x = w.lower(j);
        if (x.length() == 4 && x.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(x);
            return y >= 1900 && y <= 2100;
        }
        if (j > 0 && MONTHS_BEFORE_A_DAY.contains(w.lower(j - 1))) {
            return true; // "NAIROBI, Aug 19 (Reuters) - Gunmen killed": the dateline's day
        }
        if (j + 1 < w.size()) {
            String next = w.lower(j + 1);
            return next.matches("january|february|march|april|may|june|july|august|september|october|november"
                    + "|december|am|pm|a\\.m|p\\.m|km|kilometres|kilometers|miles|percent|%|years|year|days|hours");
        }
        return false;
    }

    private static final Set<String> MONTHS_BEFORE_A_DAY = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december");

    private static boolean negated(Words w, int from, int i) {
        for (int j = i - 1; j >= from && j >= i - 4; j--) {
            String x = w.lower(j);
            if (x.equals("no") || x.equals("none") || x.equals("nobody")) {
                return true;
            }
        }
        return false;
    }

    /** An ACLED note's closing count ("6 fatalities.", "Fatalities: 0"): the coder's figure, replacing any other. */
    public static boolean closingCount(Words w, int from, int to) {
        return from < to && w.lower(from).startsWith("fatalit") || from + 1 < to
                && w.lower(from + 1).startsWith("fatalit") && NumberWords.valueEndingAt(w, from) >= 0;
    }

    private static final Set<String> SOURCES = Set.of("said", "says", "told", "put", "according", "reported",
            "estimated", "counted", "cited", "gave", "spoke");

    /** A count a named source gives ("a doctor put the toll at 11", "residents said 9 were killed"). */
    public static boolean attributed(Words w, int from, int to) {
        for (int i = from; i < to && i < w.size(); i++) {
            if (SOURCES.contains(w.lower(i)) && !sameSourceAgain(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them");

    /** "According to him, ...", "he said": the source already quoted, telling more of the same toll. */
    private static boolean sameSourceAgain(Words w, int i) {
        return i > 0 && PRONOUNS.contains(w.lower(i - 1))
                || w.lower(i).equals("according") && i + 2 < w.size() && PRONOUNS.contains(w.lower(i + 2));
    }

    /** A toll that changed since an earlier count: "the toll later rose to 12", "revised the death toll to 84". */
    public static boolean tollRose(Words w, int from, int to) {
        for (int i = from; i < to && i < w.size(); i++) {
            boolean passive = i + 1 < w.size() && w.lower(i + 1).equals("by"); // "a resident reached by AFP"
            if (TOLL_RISES.contains(w.lower(i)) && !passive || w.lower(i).equals("later")
                    || w.lower(i).equals("revised")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUPERSEDED = Set.of("earlier", "initial", "previous", "first", "preliminary");
    /** Words from "an earlier" to its "toll": "An earlier civil defence toll". */
    private static final int SUPERSEDED_REACH = 4;

    /** "An earlier civil defence toll had put the dead at nine", "up from an initial toll of 5": since revised. */
    public static boolean supersededToll(Words w, int from, int to) {
        for (int i = from; i < to && i < w.size(); i++) {
            if (!w.lower(i).equals("toll")) {
                continue;
            }
            for (int j = i - 1; j >= from && j >= i - SUPERSEDED_REACH; j--) {
                if (SUPERSEDED.contains(w.lower(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> TOLL_RISES = Set.of("rose", "risen", "climbed", "reached", "increased",
            "jumped", "rises", "climbs", "raising", "raised", "bringing", "pushing");
    /** Words from "toll" to its verb: "The death toll from tribal fighting near Wabag in Enga province rose to". */
    private static final int TOLL_VERB_REACH = 16;

    /** "death toll rose to 12", "toll of 12". */
    private static Integer deathToll(Words w, int from, int to) {
        for (int i = from; i < to && i < w.size(); i++) {
            if (w.lower(i).equals("toll")) {
                int n = numberAfter(w, i + 1, to);
                for (int j = i + 1; n < 0 && j < to && j < i + 9; j++) {
                    n = NumberWords.simple(w.lower(j));
                }
                for (int j = i + 1; n < 0 && j + 2 < to && j < i + TOLL_VERB_REACH; j++) {
                    if (TOLL_RISES.contains(w.lower(j))) { // "the toll ... rose to nine"
                        n = numberAfter(w, w.lower(j + 1).equals("to") ? j + 2 : j + 1, to);
                    }
                }
                if (n >= 0) {
                    return n;
                }
            }
        }
        return null;
    }
}
