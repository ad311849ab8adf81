package io.dateline.events;

import java.util.List;
import java.util.Set;

/**
 * "soldiers fought off an attack by jihadists", "repulsed an assault on their base": an attack its targets fought back
 * is a battle between armed sides, so the attack noun after such a verb drops out and the verb types the event.
 */
final class RepelledAttacks {
    private static final Set<String> PUSHED = Set.of("repelled", "repulsed", "repel", "repulse", "repelling",
            "repulsing");
    /** Verbs that push back only with a particle: "fought off", "fended off", "beat back". */
    private static final Set<String> WITH_PARTICLE = Set.of("fought", "fended", "beat", "beaten", "pushed",
            "fight", "fend", "fighting", "fending");
    private static final Set<String> PARTICLES = Set.of("off", "back");
    /** Words between the verb and the attack noun: "repelled a large-scale coordinated attack". */
    private static final int REACH = 4;

    private RepelledAttacks() {
    }

    static List<Trigger> apply(Words w, List<Trigger> triggers) {
        return Trigger.without(triggers, t -> !t.isPlover() && EventClass.ATTACK.name().equals(t.target())
                && afterPushingBack(w, t.firstToken()));
    }

    private static boolean afterPushingBack(Words w, int token) {
        if (!w.lower(token).startsWith("attack") && !w.lower(token).startsWith("assault")) {
            return false;
        }
        for (int i = token - 1; i >= 1 && i >= token - REACH; i--) {
            String x = w.lower(i);
            if (x.equals(".") || x.equals(";") || x.equals(",")) {
                return false;
            }
            if (PUSHED.contains(x) || PARTICLES.contains(x) && WITH_PARTICLE.contains(w.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
