package io.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "beat two men to death", "were beaten and stoned to death", "burned them alive": killing by beating or burning,
 * the mark of a mob, told with its victims between the verb and "to death" (or "alive"), which the contiguous
 * lexicon cue ("beaten to death") cannot match.
 */
final class BeatenToDeath {
    private static final Set<String> BEATING = Set.of("beat", "beaten", "beating", "stoned", "stoning", "clubbed",
            "hacked", "lynched", "burned", "burnt");
    /** Verbs that kill only with "alive" after their victims: "burned them alive". */
    private static final Set<String> BURNING = Set.of("burned", "burnt");
    /** Words the victims may take between the verb and "to death". */
    private static final int MAX_GAP = 5;
    /** Weight of the gapped cue: that of the contiguous "beaten to death". */
    static final double WEIGHT = 0.8;

    private BeatenToDeath() {
    }

    static List<Trigger> apply(Words w, List<Trigger> local, int from, int to) {
        List<Trigger> out = local;
        for (int i = Math.max(0, from); i < Math.min(to, w.size()); i++) {
            if (!BEATING.contains(w.lower(i)) || covered(local, i)) {
                continue;
            }
            for (int j = i + 2; j < Math.min(to, w.size()) && j <= i + MAX_GAP + 2; j++) {
                if (w.lower(j).equals("death") && w.lower(j - 1).equals("to")
                        || w.lower(j).equals("alive") && BURNING.contains(w.lower(i))) {
                    if (out == local) {
                        out = new ArrayList<>(local);
                    }
                    out.add(new Trigger(i, j, EventClass.MOB_VIOL.name(), WEIGHT));
                    break;
                }
                if (w.lower(j).equals(".") || w.lower(j).equals(";")) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean covered(List<Trigger> local, int token) {
        for (Trigger t : local) {
            if (!t.isPlover() && t.target().equals(EventClass.MOB_VIOL.name()) && t.firstToken() <= token
                    && token <= t.lastToken()) {
                return true;
            }
        }
        return false;
    }
}
