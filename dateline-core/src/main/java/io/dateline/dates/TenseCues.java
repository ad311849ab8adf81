package io.dateline.dates;

import java.util.Set;

/**
 * Guesses whether a relative expression ("on Thursday", "in March") points back or forward from the publication
 * date, from the nearest tense cue in its clause: "will", "is expected", "plans" look forward; "said", "was" and
 * words in -ed look back. News reports mostly look back, so that is the default.
 */
final class TenseCues {
    private static final int WINDOW = 10;
    private static final Set<String> FUTURE = Set.of("will", "ll", "shall", "expected", "expects", "scheduled", "due",
            "planning", "intends", "expect", "going", "upcoming", "to", "tomorrow", "won", "expires", "would", "until",
            "begins", "starts", "opens", "closes", "resumes", "arrives", "leaves", "meets", "visits", "travels");
    private static final Set<String> PAST = Set.of("said", "was", "were", "had", "did", "told", "took", "went", "came",
            "made", "gave", "got", "began", "met", "saw", "left", "held", "lost", "fell", "rose", "sold", "paid",
            "found", "struck", "hit", "killed", "shot", "died", "ago", "earlier", "last", "since", "announced",
            "reported", "spoke", "wrote", "put", "led", "ran", "kept", "brought", "bought", "thought", "felt", "sent",
            "spent", "stood", "broke", "became", "chose", "drew", "flew", "fought", "grew", "knew", "meant", "rang",
            "sought", "taught", "threw", "wore", "arrived", "been");
    /** Words in -ed that look forward, or are not verbs. */
    private static final Set<String> NOT_PAST_ED = Set.of("expected", "scheduled", "planned", "need", "indeed",
            "proposed", "speed", "seed", "feed", "united", "red", "bed", "hundred", "based", "limited", "related");

    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "this");

    private TenseCues() {
    }

    /** True when the clause around token {@code at} looks forward in time. */
    static boolean future(DateTokens t, int at) {
        return direction(t, at) > 0;
    }

    /** +1 when the nearest cue looks forward, -1 when it looks back, 0 when the clause has no cue. */
    static int direction(DateTokens t, int at) {
        return Integer.signum(cue(t, at));
    }

    /** True when the nearest cue is right next to the expression ("ended March 31", "will meet Friday"). */
    static boolean close(DateTokens t, int at) {
        int c = cue(t, at);
        return c != 0 && Math.abs(c) <= 2;
    }

    /** The nearest cue as a signed distance in tokens: positive looks forward, negative back, 0 none. */
    static int cue(DateTokens t, int at) {
        // "as soon as Tuesday", "as early as Tuesday"
        if (at >= 3 && "as".equals(t.lower(at - 1)) && ("soon".equals(t.lower(at - 2)) || "early".equals(t.lower(at - 2)))
                && "as".equals(t.lower(at - 3))) {
            return 1;
        }
        int best = Integer.MAX_VALUE;
        int found = 0;
        for (int i = at - 1; i >= 0 && at - i <= WINDOW && !boundary(t, i); i--) {
            int cue = cueAt(t, i);
            if (cue != 0) {
                best = at - i;
                found = cue * best;
                break;
            }
        }
        for (int i = at + 1; i < t.size && i - at < best && i - at <= WINDOW && !boundary(t, i); i++) {
            if (t.kind[i] == DateTokens.WORD && RELATIVES.contains(t.lower(i))) {
                break; // "signed an accord on Friday under which the group will disarm": another clause's tense
            }
            int cue = cueAt(t, i);
            if (cue != 0) {
                // "to" after the date is a preposition far more often than an infinitive marker.
                if (cue > 0 && "to".equals(t.lower(i))) {
                    continue;
                }
                found = cue * (i - at);
                break;
            }
        }
        return found;
    }

    private static boolean boundary(DateTokens t, int i) {
        if (t.kind[i] != DateTokens.PUNCT) {
            return false;
        }
        char c = t.text.charAt(t.start[i]);
        return c == '.' || c == '?' || c == '!' || c == ';' || c == '"' || c == '\u201c' || c == '\u201d';
    }

    /** +1 future cue, -1 past cue, 0 none. */
    private static int cueAt(DateTokens t, int i) {
        String w = t.lower(i);
        if (w == null || t.kind[i] != DateTokens.WORD) {
            return 0;
        }
        if (w.equals("won") && !(i + 2 < t.size && "t".equals(t.lower(i + 2)))) {
            return -1; // "won" the verb, not "won't"
        }
        // "planned to", "set to", "due to": forward
        if ((w.equals("planned") || w.equals("set") || w.equals("poised") || w.equals("plans") || w.equals("plan"))
                && i + 1 < t.size && "to".equals(t.lower(i + 1))) {
            return 1;
        }
        // "had been due to expire Friday": a plan seen from the past perfect is over, so it looks back
        if (FUTURE.contains(w) && i >= 2 && "been".equals(t.lower(i - 1)) && "had".equals(t.lower(i - 2))) {
            return -1;
        }
        String before = i > 0 ? t.lower(i - 1) : null;
        if (FUTURE.contains(w) && before != null && DETERMINERS.contains(before)) {
            return 0; // "hours before a scheduled rally", "the upcoming vote": it describes a noun, not the clause
        }
        if (FUTURE.contains(w)) {
            // "to" is a cue only before a bare verb-like word, e.g. "is to meet", not "to the"
            if (w.equals("to")) {
                return i > 0 && ("is".equals(t.lower(i - 1)) || "are".equals(t.lower(i - 1))) ? 1 : 0;
            }
            return 1;
        }
        boolean participle = PAST.contains(w) || w.length() > 4 && w.endsWith("ed") && !NOT_PAST_ED.contains(w);
        // "will be held", "to be signed": a passive takes its tense from the auxiliary before it
        if (participle && i > 0 && "be".equals(t.lower(i - 1))) {
            return 0;
        }
        if (participle) {
            return -1;
        }
        return 0;
    }
}
