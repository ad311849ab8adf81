package io.dateline.events;

import java.util.Set;

/**
 * Whose dead a clause counts: the armed forces', their enemies' or civilians'. "Four soldiers were killed, while the
 * army said it had neutralised 11 assailants" counts two sides, whose dead add up; "17 civilians were killed, while
 * a civil society group counted 26 bodies" counts the same victims twice, by two sources.
 */
final class TollSides {
    enum Side { FORCES, ENEMY, CIVILIANS, UNKNOWN }

    private static final Set<String> FORCES = Set.of("soldier", "soldiers", "troops", "policeman", "policemen",
            "officer", "officers", "gendarme", "gendarmes", "servicemen", "constable", "constables", "guards");
    private static final Set<String> ENEMY = Set.of("militant", "militants", "assailant", "assailants", "attacker",
            "attackers", "terrorist", "terrorists", "insurgent", "insurgents", "jihadist", "jihadists", "rebels",
            "gunmen", "bandits", "neutralised", "neutralized", "bomber", "bombers");
    private static final Set<String> CIVILIANS = Set.of("civilian", "civilians", "villager", "villagers",
            "resident", "residents", "passer-by", "passers-by", "bystander", "bystanders");

    private TollSides() {
    }

    /** The one side the words in [from, to) name; UNKNOWN when they name none or several. */
    static Side of(Words w, int from, int to) {
        Side found = Side.UNKNOWN;
        for (int i = from; i < to; i++) {
            String x = w.lower(i);
            Side s = FORCES.contains(x) ? Side.FORCES : ENEMY.contains(x) ? Side.ENEMY
                    : CIVILIANS.contains(x) ? Side.CIVILIANS : Side.UNKNOWN;
            if (s != Side.UNKNOWN) {
                if (found != Side.UNKNOWN && found != s) {
                    return Side.UNKNOWN;
                }
                found = s;
            }
        }
        return found;
    }

    private static final Set<String> OUTCOMES = Set.of("killed", "killing", "dead", "died", "neutralised",
            "neutralized");
    /** Words around an outcome that tell whose dead it counts. */
    private static final int REACH = 6;

    /**
     * The one side whose dead the words in [from, to) count, read around each outcome word ("Six soldiers were
     * killed", "killing at least 11 insurgents"); UNKNOWN when none is clear or they differ.
     */
    static Side ofTheDead(Words w, int from, int to) {
        Side found = Side.UNKNOWN;
        for (int i = from; i < to; i++) {
            if (!OUTCOMES.contains(w.lower(i))) {
                continue;
            }
            Side s = of(w, subjectStart(w, from, i), i + 1);
            if (s == Side.UNKNOWN) {
                s = of(w, i + 1, Math.min(to, i + 1 + REACH));
            }
            if (breakdownAfter(w, i + 1, Math.min(to, i + 1 + REACH))) {
                return Side.UNKNOWN; // "five people had died, including three civilians": a total of all sides
            }
            if (s == Side.UNKNOWN || found != Side.UNKNOWN && found != s) {
                return Side.UNKNOWN;
            }
            found = s;
        }
        return found;
    }

    /** Words back from an outcome to its subject: "7 soldiers and 4 members of the VDP militia ( VDP ) died". */
    private static final int SUBJECT_REACH = 16;
    private static final Set<String> SUBJECT_BREAKS = Set.of(",", ".", ";", "said", "told", "says", "that");

    /** Where the subject of the outcome at {@code i} may start: after a break, at most a few words back. */
    private static int subjectStart(Words w, int from, int i) {
        int k = i;
        while (k - 1 >= from && k > i - SUBJECT_REACH && !SUBJECT_BREAKS.contains(w.lower(k - 1))) {
            k--;
        }
        return Math.min(k, Math.max(from, i - REACH));
    }

    private static boolean breakdownAfter(Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (w.lower(i).equals("including") || w.lower(i).equals("among")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ONE_ATTACKER = Set.of("bomber", "attacker", "assailant", "gunman");

    /**
     * "The district police chief said the attacker died in the blast": a death of the one attacker, told apart from
     * the victims' toll, which ACLED adds to it.
     */
    static boolean onlyTheAttacker(Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!OUTCOMES.contains(w.lower(i))) {
                continue;
            }
            int start = subjectStart(w, from, i);
            boolean attacker = false;
            for (int k = start; k < i; k++) {
                if (NumberWords.valueEndingAt(w, k) >= 0 || FORCES.contains(w.lower(k))
                        || CIVILIANS.contains(w.lower(k))) {
                    return false;
                }
                attacker |= ONE_ATTACKER.contains(w.lower(k)) && k > 0 && w.lower(k - 1).equals("the");
            }
            return attacker;
        }
        return false;
    }

    /** Whether the two ranges each name one side, and not the same one. */
    static boolean otherSides(Words w, int firstFrom, int firstTo, int secondFrom, int secondTo) {
        Side a = of(w, firstFrom, firstTo);
        Side b = of(w, secondFrom, secondTo);
        return a != Side.UNKNOWN && b != Side.UNKNOWN && a != b;
    }
}
