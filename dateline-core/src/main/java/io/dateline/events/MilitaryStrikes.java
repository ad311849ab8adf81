package io.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "An Israeli strike destroyed a building", "Russian strikes hit Kharkiv": a strike a nation makes, or one that hits,
 * kills or destroys, is a strike from the air or by missile, not a walkout. Its protest cues turn into an air strike
 * cue: a strike a state makes is most often from the air.
 */
final class MilitaryStrikes {
    private static final Set<String> STRIKE = Set.of("strike", "strikes");
    private static final Set<String> HITTING = Set.of("hit", "hits", "killed", "kills", "killing", "destroyed",
            "destroying", "targeted", "targeting", "struck", "wounded", "injured", "levelled", "leveled", "flattened",
            "wrecked", "damaged");
    private static final Set<String> ARMED_MODIFIERS = Set.of("military", "missile", "rocket", "retaliatory",
            "precision", "deadly", "overnight", "israeli", "russian", "ukrainian", "american", "us", "u.s.", "turkish",
            "iranian", "pakistani", "indian", "saudi", "coalition", "nato", "jordanian", "egyptian", "syrian",
            "iraqi", "azerbaijani", "armenian", "french", "british", "emirati", "sudanese", "ethiopian", "nigerian",
            "myanmar", "junta", "army", "regime");
    /** Weight of a strike read as military: that of "warplanes". */
    static final double WEIGHT = 0.9;

    private MilitaryStrikes() {
    }

    static List<Trigger> apply(Words w, List<Trigger> local) {
        List<Trigger> out = null;
        for (int k = 0; k < local.size(); k++) {
            Trigger t = local.get(k);
            int i = t.firstToken();
            boolean walkout = t.target().equals(EventClass.PEACE_PROTEST.name()) || t.target().startsWith("P:PROTEST");
            if (!walkout || t.lastToken() != i || !STRIKE.contains(w.lower(i)) || !military(w, i)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(local);
            }
            out.set(k, t.isPlover() ? new Trigger(i, i, "P:ASSAULT", t.weight())
                    : new Trigger(i, i, EventClass.AIR_STRIKE.name(), WEIGHT));
        }
        return out == null ? local : out;
    }

    private static boolean military(Words w, int i) {
        boolean armedBefore = i > 0 && ARMED_MODIFIERS.contains(w.lower(i - 1));
        boolean hitsAfter = i + 1 < w.size() && HITTING.contains(w.lower(i + 1));
        return armedBefore || hitsAfter;
    }
}
