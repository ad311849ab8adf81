package io.dateline.events;

import io.dateline.model.PlaceMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "M23 rebels seized Goma", "fighters captured most of Aleppo", "took control of much of the town", "troops entered
 * Harardhere after the rebels withdrew": a seizing verb whose object is a named place takes territory; it seizes no
 * weapons. The verb's cue becomes a strong takeover cue, whose taker the codebook rules then read.
 */
final class SeizedPlaces {
    private static final Set<String> SEIZING = Set.of("seized", "seize", "seizes", "seizing", "captured", "capture",
            "captures", "capturing", "overran", "overrun", "overruns", "overrunning");
    /** Words between the verb and the place that keep it the object: "most of", "the town of", "control of". */
    private static final Set<String> PARTITIVES = Set.of("most", "much", "all", "part", "parts", "half", "control",
            "of", "the", "town", "city", "village", "villages", "towns", "key", "strategic", "eastern", "western",
            "northern", "southern", "central", "centre", "center", "outskirts", "district", "districts", "rest");
    private static final int MAX_PARTITIVE_WORDS = 5;
    /**
     * Weight of a seizing verb with a named place as its object: above the fighting told with it ("attacked the
     * town ... and took control of it", "took full control of Lashio after weeks of fighting"), for ACLED codes
     * a battle that changes who holds a place as the takeover.
     */
    static final double TAKEOVER_WEIGHT = 1.2;

    private SeizedPlaces() {
    }

    static List<Trigger> apply(Words w, List<Trigger> local, List<PlaceMention> places) {
        List<Trigger> out = null;
        for (int k = 0; k < local.size(); k++) {
            Trigger t = local.get(k);
            boolean territory = t.target().equals(EventClass.GOV_REGAINS_TERIT.name())
                    || t.target().equals(EventClass.NON_STATE_ACTOR_OVERTAKES_TER.name());
            boolean seizing = t.firstToken() == t.lastToken() && (SEIZING.contains(w.lower(t.firstToken()))
                    || ENTERING.contains(w.lower(t.firstToken())) && holderLeft(w));
            if (t.isPlover() || !territory && !seizing || t.weight() >= TAKEOVER_WEIGHT
                    || !placeObject(w, t.lastToken() + 1, places)) {
                continue;
            }
            // a takeover cue keeps its class, state or not; any other (weapons seized, people captured) turns
            String target = territory ? t.target() : EventClass.NON_STATE_ACTOR_OVERTAKES_TER.name();
            if (out == null) {
                out = new ArrayList<>(local);
            }
            out.set(k, new Trigger(t.firstToken(), t.lastToken(), target, TAKEOVER_WEIGHT));
        }
        return out == null ? local : out;
    }

    private static final Set<String> ENTERING = Set.of("entered", "enter", "enters", "entering");
    private static final Set<String> LEAVING = Set.of("withdrew", "withdrawn", "retreated", "fled", "abandoned",
            "pulled");

    /** "entered Harardhere after al-Shabaab fighters withdrew": entering a place its holder left takes it. */
    private static boolean holderLeft(Words w) {
        for (int i = 0; i < w.size(); i++) {
            if (LEAVING.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Settlements named by a noun: "took control of much of the town" speaks of a place told before. */
    private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "towns", "villages");

    private static boolean placeObject(Words w, int from, List<PlaceMention> places) {
        for (int i = from; i < w.size() && i <= from + MAX_PARTITIVE_WORDS; i++) {
            if (startsPlace(w.start(i), places)) {
                return true;
            }
            if (SETTLEMENTS.contains(w.lower(i)) && i > from && w.lower(i - 1).equals("the")
                    && (i + 1 >= w.size() || !w.lower(i + 1).equals("of") && !w.isCapitalised(i + 1))) {
                return true;
            }
            if (!PARTITIVES.contains(w.lower(i))) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsPlace(int offset, List<PlaceMention> places) {
        for (PlaceMention p : places) {
            if (p.start() == offset) {
                return true;
            }
        }
        return false;
    }
}
