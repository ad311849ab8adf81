package io.dateline.events;

import java.util.Set;

/**
 * PLOVER reads some acts through the verb that governs their trigger word rather than the word itself:
 * <ul>
 *   <li>stopping cooperation is a sanction: "suspended aid deliveries", "cancelled a planned visit", "ended its
 *       mediation" (CAMEO 16, reduce relations);</li>
 *   <li>easing a restriction is a concession, easing a blockade or sanctions a retreat: "lifted the curfew",
 *       "cancelled restrictions" (CAMEO 081), "eased the blockade" (0872), "lifted sanctions" (085); calling off a
 *       strike or a march eases dissent (082);</li>
 *   <li>what someone says another side must do, or asks, urges or demands it to do, is a request whatever the act:
 *       "said the rebels must disarm", "demanded that its partners refuse recognition" (CAMEO 10).</li>
 * </ul>
 * All look only a few words before the trigger within its clause, so they stay cheap and local.
 */
final class PloverRules {
    private static final Set<String> COOPERATIVE = Set.of("AID", "CONSULT", "COOPERATE", "SUPPORT", "AGREE");
    private static final Set<String> STOPPING = Set.of("suspend", "suspends", "suspended", "suspending",
            "suspension", "halt", "halts", "halted", "halting", "cancel", "cancels", "cancelled", "canceled",
            "cancelling", "canceling", "end", "ends", "ended", "ending", "cut", "cuts", "cutting", "reduce", "reduces",
            "reduced", "reducing", "stop", "stops", "stopped", "stopping", "prohibit", "prohibits", "prohibited",
            "prohibiting", "freeze", "freezes", "froze", "frozen", "terminate", "terminates", "terminated",
            "withhold", "withholds", "withheld", "curtail", "curtails", "curtailed", "scale", "scaled",
            "downgrade", "downgraded", "downgrades", "block", "blocks", "blocked", "bar", "bars", "barred");
    private static final Set<String> EASING = Set.of("lift", "lifts", "lifted", "lifting", "ease", "eases", "eased",
            "easing", "relax", "relaxes", "relaxed", "relaxing", "shorten", "shortens", "shortened", "cancel",
            "cancels", "cancelled", "canceled", "scrap", "scraps", "scrapped", "revoke", "revokes", "revoked",
            "repeal", "repeals", "repealed", "end", "ends", "ended", "rescind", "rescinded", "loosen", "loosened",
            "removed", "remove", "removes", "removing", "overturned", "overturn", "unblocked", "reopened");
    private static final Set<String> CALL_OFF = Set.of("called off", "call off", "calls off", "calling off",
            "suspended", "suspend", "suspends", "ended", "end", "ends", "postponed", "postpone", "cancelled",
            "canceled", "halted", "stopped", "abandoned");
    /** Military restrictions whose easing CAMEO 087 files as de-escalation. */
    private static final Set<String> MILITARY_RESTRICTIONS = Set.of("blockade", "blockades", "siege", "sieges");
    private static final Set<String> ECONOMIC_PRESSURE = Set.of("sanction", "sanctions", "embargo", "embargoes");

    /** Finite verbs of asking; a participle ("protesters demanding reforms clashed ...") describes, it does not ask. */
    private static final Set<String> ASKING = Set.of("asked", "asks", "requested", "requests", "urged", "urges",
            "appealed", "appeals", "demanded", "demands", "pressed", "presses", "pressured", "pressuring",
            "pressing", "implored", "begged", "pleaded", "insisted", "insists");
    private static final Set<String> CALLING = Set.of("called", "calls", "calling");
    private static final Set<String> CALLED_ON = Set.of("on", "upon", "for");

    private PloverRules() {
    }

    /**
     * The PLOVER type after the verb right before the trigger (at most {@link #GOVERNING} words) turns it around:
     * SANCTION for stopped cooperation, CONCEDE or RETREAT for an eased restriction or a called-off protest; the
     * type itself otherwise.
     */
    static String governed(String type, Words w, int from, int trigger) {
        if (type == null) {
            return null;
        }
        for (int i = trigger; i >= from && i >= trigger - GOVERNING; i--) {
            String x = w.lower(i);
            String pair = i + 1 < w.size() ? x + " " + w.lower(i + 1) : x;
            if (COOPERATIVE.contains(type) && STOPPING.contains(x)) {
                return "SANCTION";
            }
            if (type.equals("COERCE") && EASING.contains(x)) {
                return near(w, trigger, MILITARY_RESTRICTIONS) ? "RETREAT" : "CONCEDE";
            }
            if (type.equals("SANCTION") && EASING.contains(x) && near(w, trigger, ECONOMIC_PRESSURE)) {
                return "RETREAT";
            }
            if (type.equals("CONCEDE") && EASING.contains(x) && (near(w, trigger, MILITARY_RESTRICTIONS)
                    || near(w, trigger, ECONOMIC_PRESSURE))) {
                return "RETREAT"; // "lifted a day-old blockade" read from the verb's own cue, as above
            }
            if (type.equals("PROTEST") && (CALL_OFF.contains(pair) || CALL_OFF.contains(x))) {
                return "CONCEDE";
            }
        }
        return type;
    }

    private static final Set<String> MISSIONS = Set.of("peacekeepers", "peacekeeping", "inspectors", "observers",
            "monitors", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "embassy", "mission",
            "missions", "workers");
    private static final Set<String> WITHDRAWING = Set.of("withdraw", "withdraws", "withdrew", "withdrawn",
            "withdrawing", "withdrawal", "pulled", "pull", "pulls", "pulling", "shipped", "recalled", "recall");

    /**
     * Taking back peacekeepers, inspectors, observers, aid workers or diplomats reduces a relation (CAMEO 166,
     * PLOVER SANCTION); only fighting forces pulled back de-escalate (RETREAT). The mission is named within five
     * words either side of the withdrawal ("peacekeepers were shipped out", "will withdraw weapons inspectors").
     */
    static String withdrawnMission(String type, Words w, int from, int to, int trigger) {
        if (!"RETREAT".equals(type) || !WITHDRAWING.contains(w.lower(trigger))) {
            return type;
        }
        for (int i = Math.max(from, trigger - 5); i < to && i <= trigger + 5; i++) {
            if (MISSIONS.contains(w.lower(i))) {
                return "SANCTION";
            }
        }
        return type;
    }

    private static final Set<String> DE_ESCALATION = Set.of("ceasefire", "cease-fire", "truce", "surrender",
            "surrendered", "surrenders", "surrendering");
    private static final Set<String> AGREEING = Set.of("agree", "agreed", "agrees", "agreement", "signed", "sign",
            "signs", "reached", "accord", "deal", "negotiated", "brokered", "accepted", "accept", "accepts");

    /**
     * "declared a unilateral ceasefire", "rebels surrendered": a truce declared or a surrender is RETREAT in PLOVER
     * (CAMEO 0871, 0874); only a truce agreed with the other side ("signed a ceasefire") is AGREE.
     */
    static String deEscalation(String type, Words w, int from, int to) {
        if (!"AGREE".equals(type)) {
            return type;
        }
        boolean retreat = false;
        for (int i = from; i < to; i++) {
            String x = w.lower(i);
            if (AGREEING.contains(x)) {
                return type;
            }
            retreat |= DE_ESCALATION.contains(x);
        }
        return retreat ? "RETREAT" : type;
    }

    private static final Set<String> SIGNED = Set.of("signed", "signs", "sign");
    private static final Set<String> COMPACTS = Set.of("agreement", "agreements", "treaty", "treaties", "accord",
            "accords", "pact", "memorandum", "protocol", "convention", "charter");
    private static final Set<String> YIELDING = Set.of("accepted", "accepts", "conceded", "concedes", "bowed",
            "yielded", "yields", "met", "meets", "granted", "grants");
    private static final Set<String> DEMANDS = Set.of("demand", "demands", "request", "requests");

    /**
     * What PLOVER (after CAMEO) codes for an agreement-like act: signing a formal agreement or treaty is SUPPORT
     * (CAMEO 057: "signed a trade agreement", not "the agreement signed in March", a description), and meeting
     * another side's demands is CONCEDE (CAMEO 083: "accepted demands for reforms", "conceded to the demands").
     * Applies to AGREE and REQUEST, the types such clauses otherwise get; the type itself when neither applies.
     */
    static String compact(String type, Words w, int from, int to) {
        if (!"AGREE".equals(type) && !"REQUEST".equals(type)) {
            return type;
        }
        for (int i = from; i < to; i++) {
            String x = w.lower(i);
            boolean described = i > from && COMPACTS.contains(w.lower(i - 1)); // "the accord signed in 2001"
            if ("AGREE".equals(type) && SIGNED.contains(x) && !described && within(w, i + 1, to, 4, COMPACTS)) {
                return "SUPPORT";
            }
            if (YIELDING.contains(x) && within(w, i + 1, to, 4, DEMANDS)) {
                return "CONCEDE";
            }
        }
        return type;
    }

    private static boolean within(Words w, int from, int to, int span, Set<String> words) {
        for (int j = from; j < to && j < from + span; j++) {
            if (words.contains(w.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the verb that {@link #governed} turns the type on, or -1 when none does. */
    static int governingVerb(String type, Words w, int from, int trigger) {
        if (type == null) {
            return -1;
        }
        for (int i = trigger; i >= from && i >= trigger - GOVERNING; i--) {
            if (!governed(type, w, i, trigger).equals(type)) {
                return i;
            }
        }
        return -1;
    }

    /** One of the nouns at the trigger or in the four words after it ("lifted the naval blockade"). */
    private static boolean near(Words w, int trigger, Set<String> nouns) {
        for (int i = trigger; i < w.size() && i <= trigger + 4; i++) {
            if (nouns.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** How far before the trigger the governing verb may stand ("suspended part of a military aid programme"). */
    static final int GOVERNING = 5;

    /**
     * Whether the act is what someone demands of another: "must" shortly before the trigger ("the US must be ready to
     * mediate", not the guess "must have been"), or a finite verb of asking followed by "to" or "that" before it
     * ("urged Europe to support ...", "called on the rebels to lay down their arms").
     */
    static boolean demanded(Words w, int from, int trigger) {
        for (int i = trigger - 1; i >= from && i >= trigger - 5; i--) {
            if (w.lower(i).equals("must") && !(i + 1 < w.size() && w.lower(i + 1).equals("have"))) {
                return true;
            }
        }
        boolean linked = false; // a "to" or "that" between the asking verb and the trigger
        for (int i = trigger - 1; i >= from && i >= trigger - 14; i--) {
            String x = w.lower(i);
            if (x.equals("to") || x.equals("that")) {
                linked = true;
            }
            boolean asking = ASKING.contains(x)
                    || CALLING.contains(x) && i + 1 < w.size() && CALLED_ON.contains(w.lower(i + 1));
            if (asking) {
                return linked;
            }
        }
        return false;
    }
}
