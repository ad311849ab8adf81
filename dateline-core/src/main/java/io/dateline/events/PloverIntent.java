package io.dateline.events;

import java.util.Set;

/**
 * PLOVER codes stated intentions and refusals by their own types: "will provide aid", "offered to mediate", "is ready
 * to withdraw" are AGREE (a commitment to cooperate), and "will not accept", "failed to reach agreement", "is opposed
 * to mediation" are REJECT, and what is asked for ("asked for military aid", "urged them to cooperate") is a REQUEST.
 * This looks for such cues in the few words before the trigger of a cooperative event.
 */
final class PloverIntent {
    private static final Set<String> COOPERATIVE = Set.of("AID", "CONSULT", "COOPERATE", "CONCEDE", "RETREAT",
            "SUPPORT", "AGREE");
    private static final Set<String> INTENT = Set.of("will", "would", "offered", "offers", "offer", "promised",
            "promises", "pledged", "pledges", "willing", "ready", "prepared", "vowed", "agreed", "agrees", "intends",
            "committed", "plans", "'ll");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "refused", "refuses", "declined",
            "failed", "fails", "opposed", "rejected", "reneged", "unwilling", "no");

    /** Verbs of asking: what is asked for ("asked Baghdad for military aid") is a request, not the act itself. */
    private static final Set<String> ASKING = Set.of("asked", "asks", "ask", "asking", "requested", "requests",
            "request", "requesting", "urged", "urges", "urge", "urging", "appealed", "appeals", "appeal", "sought",
            "seeks", "seek", "seeking", "demanded", "demands", "demand", "demanding", "begged", "pleaded");

    private PloverIntent() {
    }

    private static final Set<String> AGREED = Set.of("agreed", "agrees", "agree");

    /** "agreed to" or "agrees to" at or within three words before the trigger, not negated right before. */
    private static boolean agreedTo(Words w, int from, int trigger) {
        for (int i = trigger; i >= from && i >= trigger - 3; i--) {
            if (AGREED.contains(w.lower(i)) && i + 1 < w.size() && w.lower(i + 1).equals("to")) {
                return i - 1 < from || !NEGATION.contains(w.lower(i - 1));
            }
        }
        return false;
    }

    /** The PLOVER type after intent and negation cues; {@code type} itself when none applies. */
    static String apply(String type, Words w, int from, int trigger) {
        if ("REJECT".equals(type) && agreedTo(w, from, trigger)) {
            return "AGREE"; // "agreed to resign without returning": the model hears a refusal in "without"
        }
        if (type == null || !COOPERATIVE.contains(type)) {
            return type;
        }
        for (int i = trigger; i >= from && i >= trigger - 8; i--) {
            if (ASKING.contains(w.lower(i))) {
                return "REQUEST";
            }
        }
        boolean intent = false;
        for (int i = trigger - 1; i >= from && i >= trigger - 6; i--) {
            String x = w.lower(i);
            if (NEGATION.contains(x)) {
                return "REJECT";
            }
            if (INTENT.contains(x)) {
                intent = true;
            }
        }
        return intent ? "AGREE" : type;
    }
}
