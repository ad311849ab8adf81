package io.dateline.events;

import java.util.List;
import java.util.Set;

/**
 * "signed a peace agreement, pledging to end cattle raids and return abducted children": what a party pledges, vows
 * or promises after the act that bound it is that act's content, not an act of its own. Cues after such a
 * participle are dropped when the clause tells an act before it.
 */
final class PledgedActs {
    private static final Set<String> PLEDGES = Set.of("pledging", "vowing", "promising", "agreeing", "committing",
            "undertaking");

    private PledgedActs() {
    }

    static List<Trigger> outside(Words w, List<Trigger> triggers, double candidateWeight) {
        int pledge = -1;
        for (int i = 1; i + 1 < w.size() && pledge < 0; i++) {
            if (PLEDGES.contains(w.lower(i)) && w.lower(i - 1).equals(",") && w.lower(i + 1).equals("to")) {
                pledge = i;
            }
        }
        if (pledge < 0) {
            return triggers;
        }
        int end = pledge + 1;
        while (end < w.size() && !w.lower(end).equals(".") && !w.lower(end).equals(";")) {
            end++;
        }
        boolean actBefore = false;
        for (Trigger t : triggers) {
            actBefore |= !t.isPlover() && t.lastToken() < pledge && t.weight() >= candidateWeight;
        }
        int from = pledge;
        int to = end;
        return actBefore ? Trigger.without(triggers, t -> t.firstToken() > from && t.firstToken() < to) : triggers;
    }
}
