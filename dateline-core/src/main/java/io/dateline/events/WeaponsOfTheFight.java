package io.dateline.events;

import java.util.List;
import java.util.Set;

/**
 * "fought with firearms, grenades and knives", "armed with rocket-propelled grenades": weapons listed after "with" are
 * the instruments of the act the verb names, not acts of their own; their cues (grenade, rockets, rifles) drop out so
 * that the verb types the event.
 */
final class WeaponsOfTheFight {
    private static final Set<String> FIGHT_VERBS = Set.of("fought", "clashed", "battled", "armed", "attacked",
            "fighting", "clashing", "battling", "attacking");
    private static final Set<String> WEAPON_CLASSES = Set.of(EventClass.GRENADE.name(),
            EventClass.ART_MISS_ATTACK.name(), EventClass.DISR_WEAP.name(), EventClass.REM_EXPLOS.name());
    /** Words between the verb and "with" ("fought for hours with"), and of the list after it. */
    private static final int VERB_REACH = 4;
    private static final int LIST_REACH = 8;

    private WeaponsOfTheFight() {
    }

    static List<Trigger> apply(Words w, List<Trigger> triggers) {
        return Trigger.without(triggers, t -> !t.isPlover() && WEAPON_CLASSES.contains(t.target())
                && listedAfterFightWith(w, t.firstToken()));
    }

    private static boolean listedAfterFightWith(Words w, int token) {
        for (int i = token - 1; i >= 0 && i >= token - LIST_REACH; i--) {
            String x = w.lower(i);
            if (x.equals(".") || x.equals(";")) {
                return false;
            }
            if (x.equals("with")) {
                for (int v = i - 1; v >= 0 && v >= i - VERB_REACH; v--) {
                    if (FIGHT_VERBS.contains(w.lower(v))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
