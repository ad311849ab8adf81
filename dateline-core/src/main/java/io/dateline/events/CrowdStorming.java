package io.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Thousands of supporters of the former president stormed Congress", "broke through police lines and ransacked
 * the building": a crowd that storms a building riots; the same verb after gunmen or troops is an attack or a
 * takeover, which the lexicon's own cues for "stormed" tell.
 */
final class CrowdStorming {
    private static final Set<String> STORMING = Set.of("stormed", "storming", "storm", "overran", "ransacked", "broke");
    private static final Set<String> CROWDS = Set.of("thousands", "hundreds", "crowd", "crowds", "supporters",
            "protesters", "protestors", "demonstrators", "rioters", "youths", "mob", "students");
    private static final Set<String> ARMED = Set.of("gunmen", "militants", "fighters", "troops", "soldiers",
            "police", "rebels", "insurgents", "forces", "army", "jihadists", "attackers", "militiamen", "bandits");
    /** Words from the crowd to its verb: "thousands of supporters of former president Jair Bolsonaro stormed". */
    private static final int REACH = 10;
    /** Weight of a crowd storming: that of "unrest". */
    static final double WEIGHT = 1.0;

    private CrowdStorming() {
    }

    static List<Trigger> apply(Words w, List<Trigger> local, int from, int to) {
        List<Trigger> out = local;
        for (int i = Math.max(from + 1, 1); i < Math.min(to, w.size()); i++) {
            if (!STORMING.contains(w.lower(i)) || w.lower(i).equals("broke") && !into(w, i)) {
                continue;
            }
            if (crowdBefore(w, Math.max(from, i - REACH), i)) {
                if (out == local) {
                    out = new ArrayList<>(local);
                }
                out.add(new Trigger(i, i, EventClass.VIOL_DEMONSTR.name(), WEIGHT));
            }
        }
        return out;
    }

    private static boolean into(Words w, int i) {
        return i + 1 < w.size() && (w.lower(i + 1).equals("into") || w.lower(i + 1).equals("through"));
    }

    /** A crowd is the subject: named before the verb with no armed group or clause break after it. */
    private static boolean crowdBefore(Words w, int from, int verb) {
        boolean crowd = false;
        for (int k = from; k < verb; k++) {
            String x = w.lower(k);
            if (ARMED.contains(x) || x.equals(";") || x.equals(".") || x.equals("said")) {
                crowd = false;
            } else if (CROWDS.contains(x)) {
                crowd = true;
            }
        }
        return crowd;
    }
}
