package io.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A trigger phrase found in a text.
 *
 * @param firstToken index of its first token
 * @param lastToken  index of its last token (inclusive)
 * @param target     what it points to: an {@link EventClass} name, or "P:TYPE" / "P:TYPE:mode" for a PLOVER type
 * @param weight     strength of the cue, about 0.3 (weak) to 1.5 (decisive)
 */
public record Trigger(int firstToken, int lastToken, String target, double weight) {
    public boolean isPlover() {
        return target.startsWith("P:");
    }

    /** The cues not matching {@code drop}, in order; the same list when none matches (most sentences). */
    static List<Trigger> without(List<Trigger> triggers, Predicate<Trigger> drop) {
        List<Trigger> out = null;
        for (int k = 0; k < triggers.size(); k++) {
            Trigger t = triggers.get(k);
            if (drop.test(t)) {
                if (out == null) {
                    out = new ArrayList<>(triggers.subList(0, k));
                }
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? triggers : out;
    }
}
