package io.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "handing the drone base over to the army", "handed the last two camps back to the government", "withdrew from
 * its camp and handed it over": a held place given to another side is a non-violent transfer of territory, told
 * with the place between the verb and "over" or "back", which the contiguous lexicon cues ("handed the base over")
 * match only for the commonest objects.
 */
final class HandedOver {
    private static final Set<String> HANDING = Set.of("hand", "hands", "handed", "handing");
    private static final Set<String> HELD_PLACES = Set.of("base", "bases", "camp", "camps", "site", "sites", "town",
            "city", "airport", "airbase", "barracks", "positions", "position", "district", "area", "territory",
            "control", "garrison", "outpost", "outposts", "headquarters", "compound", "installations", "facilities",
            "premises");
    private static final Set<String> PARTICLES = Set.of("over", "back");
    private static final Set<String> PRONOUNS = Set.of("it", "them");
    /** Words the place may take between the verb and "over": "the last French military base". */
    private static final int MAX_GAP = 6;
    /** Weight of the gapped cue: above a withdrawal told with it, as the handover is what changed. */
    static final double WEIGHT = 1.0;

    private HandedOver() {
    }

    static List<Trigger> apply(Words w, List<Trigger> local, int from, int to) {
        List<Trigger> out = local;
        int end = Math.min(to, w.size());
        for (int i = Math.max(0, from); i < end; i++) {
            if (!HANDING.contains(w.lower(i))) {
                continue;
            }
            boolean place = false;
            for (int j = i + 1; j < end && j <= i + MAX_GAP + 1; j++) {
                String word = w.lower(j);
                if (PARTICLES.contains(word) && place) {
                    if (out == local) {
                        out = new ArrayList<>(local);
                    }
                    out.add(new Trigger(i, j, EventClass.NON_VIOL_TERRIT_TRANSFER.name(), WEIGHT));
                    break;
                }
                if (word.equals(".") || word.equals(";") || word.equals(",")) {
                    break;
                }
                // "withdrew from its camp ... and handed it over": the pronoun stands for the place told before
                place |= HELD_PLACES.contains(word) || PRONOUNS.contains(word) && heldPlaceBefore(w, i);
            }
        }
        return out;
    }

    private static boolean heldPlaceBefore(Words w, int verb) {
        for (int k = 0; k < verb; k++) {
            if (HELD_PLACES.contains(w.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
