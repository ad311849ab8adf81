package io.dateline.events;

import java.util.Map;
import java.util.Set;

/**
 * The status of an event from modality, negation and tense cues in its clause, before its trigger: "tried to" →
 * attempted, "expected to" / "will" → planned, "threatened to" → threatened, "denied" → denied, "refused to" →
 * refused, "if" / "could" → hypothetical. A cue must precede the trigger and must not be the trigger itself (in "the
 * factions refused", the refusal is the event, and it occurred). "Failed" in the clause or in a following "but"
 * clause makes an attempt. Background ("since the killing of ...") is reported as "background" so that the caller
 * can drop it.
 */
public final class StatusDetector {
    public static final String OCCURRED = "occurred";
    public static final String BACKGROUND = "background";

    private static final Map<String, String> CUES = Map.ofEntries(
            Map.entry("tried", "attempted"), Map.entry("tries", "attempted"), Map.entry("try", "attempted"),
            Map.entry("attempted", "attempted"), Map.entry("attempt", "attempted"),
            Map.entry("attempts", "attempted"), Map.entry("attempting", "attempted"),
            Map.entry("foiled", "attempted"), Map.entry("thwarted", "attempted"), Map.entry("averted", "attempted"),
            Map.entry("will", "planned"), Map.entry("plans", "planned"), Map.entry("plan", "planned"),
            Map.entry("planned", "planned"), Map.entry("planning", "planned"), Map.entry("expected", "planned"),
            Map.entry("scheduled", "planned"), Map.entry("intends", "planned"), Map.entry("intend", "planned"),
            Map.entry("upcoming", "planned"), Map.entry("prepare", "planned"), Map.entry("preparing", "planned"),
            Map.entry("prepared", "planned"),
            Map.entry("threatened", "threatened"), Map.entry("threatens", "threatened"),
            Map.entry("threaten", "threatened"), Map.entry("threatening", "threatened"),
            Map.entry("denied", "denied"), Map.entry("denies", "denied"), Map.entry("deny", "denied"),
            Map.entry("refused", "refused"), Map.entry("refuses", "refused"), Map.entry("refuse", "refused"),
            Map.entry("declined", "refused"), Map.entry("declines", "refused"),
            Map.entry("decline", "refused"), Map.entry("refrains", BACKGROUND), Map.entry("refraining", BACKGROUND),
            Map.entry("rejected", "refused"),
            Map.entry("if", "hypothetical"), Map.entry("could", "hypothetical"), Map.entry("might", "hypothetical"),
            Map.entry("would", "hypothetical"), Map.entry("may", "hypothetical"), Map.entry("unless", "hypothetical"),
            Map.entry("should", "hypothetical"), Map.entry("possible", "hypothetical"),
            Map.entry("since", BACKGROUND), Map.entry("once", BACKGROUND), Map.entry("previously", BACKGROUND),
            Map.entry("formerly", BACKGROUND), Map.entry("avoid", BACKGROUND), Map.entry("avoiding", BACKGROUND),
            Map.entry("avoided", BACKGROUND), Map.entry("refrain", BACKGROUND), Map.entry("refrained", BACKGROUND),
            Map.entry("steering", BACKGROUND), Map.entry("concern", BACKGROUND), Map.entry("concerns", BACKGROUND),
            Map.entry("concerned", BACKGROUND), Map.entry("fear", BACKGROUND), Map.entry("fears", BACKGROUND),
            Map.entry("worried", BACKGROUND), Map.entry("risk", BACKGROUND));

    /**
     * Two-word cues. An act held back ("stopped short of joining the fight", "held off on striking") did not happen,
     * so there is no event to code; an act called for ("called for another rally") is yet to happen.
     */
    private static final Map<String, String> TWO_WORD_CUES = Map.ofEntries(
            Map.entry("called for", "planned"), Map.entry("calls for", "planned"),
            Map.entry("calling for", "planned"), Map.entry("call for", "planned"),
            Map.entry("stopped short", BACKGROUND), Map.entry("stop short", BACKGROUND),
            Map.entry("stops short", BACKGROUND), Map.entry("stopping short", BACKGROUND),
            Map.entry("held off", BACKGROUND), Map.entry("hold off", BACKGROUND),
            Map.entry("holds off", BACKGROUND), Map.entry("holding off", BACKGROUND));

    private StatusDetector() {
    }

    /**
     * A purpose right before the act ("campaigns aimed at disarming militias") states a goal, not an event. Callers
     * ask with the word that decided the event's class, not the status anchor, so that "a meeting aimed at
     * establishing ties" keeps its meeting.
     */
    public static boolean isPurpose(Words w, int from, int trigger) {
        for (int i = trigger - 1; i > from && i >= trigger - 2; i--) {
            if (w.lower(i).equals("at") && PURPOSE.contains(w.lower(i - 1))
                    || w.lower(i).equals("to") && PURPOSE_TO.contains(w.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PURPOSE = Set.of("aimed", "aiming", "aims", "aim");
    private static final Set<String> PURPOSE_TO = Set.of("designed", "intended", "meant");

    /**
     * @param clause  the event's clause
     * @param trigger index of the trigger's first word
     * @param next    the clause after it, or null
     */
    public static String detect(Words w, Clause clause, int trigger, Clause next) {
        String status = OCCURRED;
        for (int i = trigger - 1; i >= clause.first() && i >= trigger - 10; i--) {
            String cue = i > clause.first() ? TWO_WORD_CUES.get(w.lower(i - 1) + " " + w.lower(i)) : null;
            if (cue == null) {
                cue = CUES.get(w.lower(i));
            }
            if (cue == null || blocked(w, i, cue)) {
                continue;
            }
            status = cue;
            break;
        }
        if (status.equals(OCCURRED) && followedAct(w, clause, trigger)) {
            return BACKGROUND; // "The meeting followed an exchange of fire earlier in the week": what led to it
        }
        if (status.equals(OCCURRED) && endedAfter(w, trigger)) {
            return BACKGROUND; // "a truce that lapsed at the start of the month": an agreement told as over
        }
        if (status.equals(OCCURRED) && negated(w, clause, trigger)) {
            return BACKGROUND; // "did not attack", "no clashes were reported": nothing happened
        }
        if (status.equals(OCCURRED) && expectedAfter(w, clause, trigger)) {
            status = "planned"; // "with more releases expected", "talks with the leaders are planned for May"
        }
        if (isWhenAfterSince(w, clause)) {
            return BACKGROUND; // "the largest protests since 2023, when demonstrators stormed ...": history
        }
        if (!status.equals(OCCURRED) && isRelative(w, clause)) {
            return BACKGROUND; // "remnants who refused to surrender": a description, not a reported event
        }
        if (status.equals(OCCURRED) && isRelativePerfect(w, clause, trigger)) {
            return BACKGROUND; // "..., where 28 people have been killed in riots this year"
        }
        if (status.equals(OCCURRED) && (failedIn(w, trigger + 1, clause.end())
                || next != null && w.lower(next.first()).equals("but") && failedIn(w, next.first(), next.end()))) {
            status = "attempted";
        }
        return status;
    }

    private static final Set<String> EXPECTED_AFTER = Set.of("expected", "planned", "scheduled", "due");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "n't");

    /** "releases expected", or "talks ... are planned" within a few words after a noun trigger. */
    private static boolean expectedAfter(Words w, Clause clause, int trigger) {
        if (trigger + 1 < clause.end() && EXPECTED_AFTER.contains(w.lower(trigger + 1))) {
            return true;
        }
        for (int i = trigger + 2; i < clause.end() && i <= trigger + 8; i++) {
            if (EXPECTED_AFTER.contains(w.lower(i)) && BE.contains(w.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be");

    private static boolean isWhenAfterSince(Words w, Clause clause) {
        if (clause.first() == 0 || !w.lower(clause.first()).equals("when")) {
            return false;
        }
        for (int i = clause.first() - 1; i >= 0 && i >= clause.first() - 12; i--) {
            if (w.lower(i).equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** A negation right before the trigger, or one word earlier after an auxiliary: "did not attack". */
    private static boolean negated(Words w, Clause clause, int trigger) {
        for (int i = trigger - 1; i >= clause.first() && i >= trigger - 2; i--) {
            if (NEGATIONS.contains(w.lower(i))) {
                return true;
            }
        }
        // "There were no reports of fighting or casualties"
        if (trigger - 3 >= clause.first() && NEGATIONS.contains(w.lower(trigger - 3))
                && REPORTS.contains(w.lower(trigger - 2)) && w.lower(trigger - 1).equals("of")) {
            return true;
        }
        // "were not in possession of weapons"
        return trigger - 4 >= clause.first() && NEGATIONS.contains(w.lower(trigger - 4))
                && w.lower(trigger - 3).equals("in") && w.lower(trigger - 2).equals("possession");
    }

    private static final Set<String> FOLLOWED = Set.of("followed", "follows", "follow");
    /** Words opening what was followed: "followed an exchange of fire", "follows weeks of clashes". */
    private static final Set<String> FOLLOWED_OPENERS = Set.of("a", "an", "the", "last", "weeks", "days", "months");

    /** "followed an exchange of fire", "follows weeks of clashes": an act that came before the one told. */
    private static boolean followedAct(Words w, Clause clause, int trigger) {
        for (int i = trigger - 1; i > clause.first() && i >= trigger - 3; i--) {
            if (FOLLOWED.contains(w.lower(i - 1)) && FOLLOWED_OPENERS.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ENDED = Set.of("lapsed", "expired", "collapsed", "ended");

    private static boolean endedAfter(Words w, int trigger) {
        return trigger + 2 < w.size() && (w.lower(trigger + 1).equals("that") || w.lower(trigger + 1).equals("which"))
                && ENDED.contains(w.lower(trigger + 2));
    }

    private static final Set<String> REPORTS = Set.of("reports", "report", "sign", "signs", "evidence", "word");

    /** "a previously announced visit": participles that describe a noun rather than tell the act. */
    private static final Set<String> QUALIFIED_BY_PREVIOUSLY = Set.of("announced", "reported", "disclosed",
            "published", "scheduled", "agreed", "secret", "known");

    private static boolean blocked(Words w, int i, String cue) {
        String x = w.lower(i);
        // "may" as a month, "will" as a noun, "since" as "because" before a comma-free clause: keep it simple and
        // block only the commonest false readings
        if (x.equals("may") && i + 1 < w.size() && w.lower(i + 1).matches("\\d{1,2}")) {
            return true;
        }
        if (x.equals("may") && w.isCapitalised(i) && i > 0) {
            return true;
        }
        if (x.equals("previously") && i + 1 < w.size() && (w.lower(i + 1).startsWith("un")
                || QUALIFIED_BY_PREVIOUSLY.contains(w.lower(i + 1)))) {
            return true; // "on a previously unannounced visit": it qualifies a word, not the act
        }
        if (x.equals("once") && i + 1 < w.size() && FREQUENCY.contains(w.lower(i + 1))) {
            return true; // "once every three days", "once a week": how often, not "formerly"
        }
        return cue.equals(BACKGROUND) && x.equals("since") && i + 1 < w.size()
                && w.lower(i + 1).matches("\\d{4}|january|february|march|april|june|july|august|september|october"
                + "|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    }

    private static final Set<String> FREQUENCY = Set.of("every", "a", "per", "again", "more", "daily", "weekly",
            "monthly", "or");

    private static final Set<String> RELATIVE_OPENERS = Set.of("where", "which", "who", "whom");

    private static boolean isRelative(Words w, Clause clause) {
        String first = w.lower(clause.first());
        return clause.first() > 0 && RELATIVE_OPENERS.contains(first);
    }

    private static boolean isRelativePerfect(Words w, Clause clause, int trigger) {
        String first = w.lower(clause.first());
        if (clause.first() == 0 || !RELATIVE_OPENERS.contains(first)) {
            return false;
        }
        for (int i = clause.first(); i < trigger; i++) {
            String x = w.lower(i);
            if (x.equals("have") || x.equals("has") || x.equals("had")) {
                return true;
            }
        }
        return false;
    }

    private static boolean failedIn(Words w, int from, int to) {
        for (int i = from; i < to && i < w.size(); i++) {
            String x = w.lower(i);
            if (x.equals("failed") || x.equals("foiled") || x.equals("thwarted") || x.equals("unsuccessful")) {
                return true;
            }
        }
        return false;
    }
}
