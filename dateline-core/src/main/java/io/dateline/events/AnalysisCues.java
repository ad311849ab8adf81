package io.dateline.events;

import java.util.Set;

/**
 * Sentences of analysis, opinion and background name events without reporting one: "the meetings suggest a rift",
 * "the deal has raised fears of new fighting", "a campaign aimed at disarming the clans", "the road being one of the
 * last open routes", "groups once active in raids on the army". Their events keep their type but lose confidence, so
 * that they rank below reported events and under the 0.4 an analyst filters on.
 */
final class AnalysisCues {
    /** Confidence left to an event coded from an analysis sentence. */
    static final double ANALYSIS = 0.55;
    /** Words that make a sentence a reading of events rather than a report of one. */
    private static final Set<String> EPISTEMIC = Set.of("suggest", "suggests", "suggesting", "suggested", "wonder",
            "wonders", "wondering", "questioning", "speculate", "speculated", "speculation", "doubts", "doubt",
            "indicates", "indicating", "implies", "reflects", "reflecting", "underscores", "highlights");
    private static final Set<String> RAISE = Set.of("raised", "raise", "raises", "raising", "sparked", "fuelled",
            "fueled", "prompted");
    private static final Set<String> WORRY = Set.of("concerns", "concern", "doubts", "questions", "fears",
            "worries", "speculation");
    private static final Set<String> PURPOSE = Set.of("aimed", "aiming", "designed", "intended");
    private static final Set<String> PERFECT = Set.of("has", "have", "had");
    /** "once active in raids": what a group used to do is background, not a reported incident. */
    private static final Set<String> FORMER_STATE = Set.of("active", "involved", "engaged", "known", "notorious",
            "responsible", "behind");
    /** "The city has seen frequent clashes": what a place or force has lived through is its history, not news. */
    private static final Set<String> LIVED_THROUGH = Set.of("seen", "faced", "witnessed", "experienced", "endured",
            "suffered");
    /** Words from "has seen" to the plural acts it names: "has faced a growing number of attacks". */
    private static final int HISTORY_REACH = 6;
    /** A meeting noun ("talks between X and Y") is an event only with a verb that says it took place. */
    private static final Set<String> MEETING_NOUNS = Set.of("talks", "discussions", "negotiations", "consultations",
            "meetings", "contacts", "deliberations");
    private static final Set<String> MEETING_VERBS = Set.of("held", "hold", "holds", "began", "begin", "begins",
            "started", "opened", "resumed", "concluded", "ended", "took", "met", "convened", "wrapped", "kicked",
            "launched", "hosted", "attended", "joined");

    private AnalysisCues() {
    }

    /** At most this confident: below the 0.4 an analyst filters on. */
    static final double CEILING = 0.35;

    /** The confidence of an event whose trigger word is at {@code trigger}, lowered in an analysis sentence. */
    static double adjust(double confidence, Words w, int from, int to, int trigger) {
        return isAnalysis(w, from, to, trigger) ? Math.min(CEILING, confidence * ANALYSIS) : confidence;
    }

    static boolean isAnalysis(Words w, int from, int to, int trigger) {
        int n = Math.min(to, w.size());
        for (int i = Math.max(0, from); i < n; i++) {
            String x = w.lower(i);
            String next = i + 1 < n ? w.lower(i + 1) : "";
            if (EPISTEMIC.contains(x)
                    || RAISE.contains(x) && (WORRY.contains(next) || i + 2 < n && WORRY.contains(w.lower(i + 2)))
                    || x.equals("being") && (next.equals("one") || next.equals("among"))
                    || PURPOSE.contains(x) && next.equals("at") && i < trigger
                    || (x.equals("once") || x.equals("formerly")) && FORMER_STATE.contains(next) && i < trigger) {
                return true;
            }
            if (PERFECT.contains(x) && LIVED_THROUGH.contains(next) && trigger > i + 1 && trigger <= i + HISTORY_REACH
                    && w.lower(trigger).endsWith("s")) {
                return true;
            }
            // "has been pressing its campaigns": an ongoing effort, not a reported incident
            if (PERFECT.contains(x) && next.equals("been") && i + 2 < n && w.lower(i + 2).endsWith("ing")
                    && i < trigger) {
                return true;
            }
        }
        return trigger >= 0 && trigger < w.size() && MEETING_NOUNS.contains(w.lower(trigger))
                && !hasAny(w, from, n, MEETING_VERBS);
    }

    private static boolean hasAny(Words w, int from, int to, Set<String> words) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (words.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }
}
