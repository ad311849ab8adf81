package io.dateline.events;

import java.util.List;

/**
 * Chooses an event class and a PLOVER type for a clause from two kinds of evidence: the trigger words it contains
 * (our lexicon) and the similarity of its embedding to the team's exemplar sentences (soft nearest neighbours).
 * Lexical evidence is weighted so that a decisive trigger ("suicide bomber", "kidnapped") wins unless the sentence as
 * a whole reads like another class, and the embedding decides among the many weak and shared cues.
 */
public final class EventClassifier {
    /** Weight of one unit of trigger evidence against embedding similarity (which varies by ~0.1 across classes). */
    static final double LEXICAL = 0.05;
    /** Bonus for the PLOVER type implied by the event class. */
    static final double IMPLIED_PLOVER = 0.08;

    private final EventModels models;
    private final String[] acledLabels;
    private final String[] ploverLabels;

    public EventClassifier(EventModels models) {
        this.models = models;
        this.acledLabels = models.acled().labels().toArray(new String[0]);
        this.ploverLabels = models.plover().labels().toArray(new String[0]);
    }

    public EventModels models() {
        return models;
    }

    /** Classifies a whole text (e.g. an evaluation snippet) with all its triggers. */
    public Classification classify(String text) {
        Words words = Words.of(text);
        return classify(text, models.lexicon().find(words));
    }

    /** Classifies a clause whose triggers were already found. */
    public Classification classify(String clause, List<Trigger> triggers) {
        return classify(models.embedder().embed(clause), triggers);
    }

    /**
     * Classifies with a precomputed embedding: clauses of one sentence share the sentence's embedding (one model call
     * per sentence) and differ by their own triggers.
     */
    public Classification classify(float[] v, List<Trigger> triggers) {
        return classify(v, triggers, 0);
    }

    /**
     * As {@link #classify(float[], List)}, choosing only among classes with a trigger of at least {@code minCue} in
     * the clause (0: all classes): the model picks among what the words allow.
     */
    public Classification classify(float[] v, List<Trigger> triggers, double minCue) {
        double[] acled = models.acled().scores(v);
        int best = -1;
        int second = -1;
        double[] total = new double[acled.length];
        for (int c = 0; c < acled.length; c++) {
            if (minCue > 0 && (strongest(triggers, acledLabels[c]) == null
                    || strongest(triggers, acledLabels[c]).weight() < minCue)) {
                total[c] = Double.NEGATIVE_INFINITY;
                continue;
            }
            total[c] = acled[c] + LEXICAL * lexical(triggers, acledLabels[c]);
            if (best < 0 || total[c] > total[best]) {
                second = best;
                best = c;
            } else if (second < 0 || total[c] > total[second]) {
                second = c;
            }
        }
        if (total[best] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        EventClass cls = EventClass.valueOf(acledLabels[best]);
        double margin = second < 0 || total[second] == Double.NEGATIVE_INFINITY ? 1 : total[best] - total[second];
        Trigger trigger = strongest(triggers, cls.name());

        double[] plover = models.plover().scores(v);
        int pBest = -1;
        double pScore = 0;
        for (int p = 0; p < plover.length; p++) {
            double s = plover[p] + LEXICAL * lexical(triggers, "P:" + ploverLabels[p]);
            if (ploverLabels[p].equals(cls.plover())) {
                s += IMPLIED_PLOVER;
            }
            if (pBest < 0 || s > pScore) {
                pBest = p;
                pScore = s;
            }
        }
        String ploverType = cls == EventClass.NATURAL_DISASTER || cls == EventClass.MAN_MADE_DISASTER
                ? null : ploverLabels[pBest];
        String mode = null;
        if (ploverType != null) {
            mode = ploverType.equals(cls.plover()) && cls.ploverMode() != null ? cls.ploverMode()
                    : modeFromTriggers(triggers, ploverType);
            if (mode == null) {
                mode = models.plover().nearestMode(v, ploverType);
            }
        }
        return new Classification(cls, total[best], margin, ploverType, mode, trigger);
    }

    /** A trigger at least this strong, leading all other classes by {@link #DECISIVE_LEAD}, needs no embedding. */
    static final double DECISIVE = 1.2;
    static final double DECISIVE_LEAD = 0.4;

    /**
     * Classifies from triggers alone when one class clearly leads ("kidnapped", "suicide bomber", "earthquake"),
     * so that the model runs only on sentences whose triggers leave the class open; null when not decisive.
     */
    public Classification classifyLexically(List<Trigger> triggers, Words words) {
        return classifyLexically(triggers, words, DECISIVE, DECISIVE_LEAD);
    }

    /** As {@link #classifyLexically(List, Words)} with other thresholds: the fallback for clauses the model skips. */
    public Classification classifyLexically(List<Trigger> triggers, Words words, double minimum, double lead) {
        EventClass best = null;
        double top = 0;
        double second = 0;
        for (EventClass c : EventClass.values()) {
            if (c == EventClass.NONE) {
                continue;
            }
            double s = lexical(triggers, c.name());
            if (s > top) {
                second = top;
                top = s;
                best = c;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || top < minimum || top - second < lead) {
            return null;
        }
        String plover = best.plover();
        String mode = best.ploverMode();
        Trigger decisive = strongest(triggers, best.name());
        if (plover == null && decisive != null && best != EventClass.DIPLO) {
            // the PLOVER cue on the very word that decided the class: "released" is a concession
            Trigger same = ploverOn(triggers, decisive.firstToken());
            if (same != null) {
                plover = same.target().substring(2).split(":")[0];
                mode = modeFromTriggers(triggers, plover);
            }
        }
        if (plover == null && best != EventClass.NATURAL_DISASTER && best != EventClass.MAN_MADE_DISASTER) {
            double pTop = 0;
            for (String label : ploverLabels) {
                double s = lexical(triggers, "P:" + label);
                // on a tie the type whose cue is a verb in the past wins: "asked Baghdad for military aid"
                if (s >= 0.8 && (s > pTop + TIE || s > pTop - TIE && pastVerbCue(triggers, label, words)
                        && !pastVerbCue(triggers, plover, words))) {
                    pTop = Math.max(s, pTop);
                    plover = label;
                }
            }
            mode = plover == null ? null : modeFromTriggers(triggers, plover);
        }
        return new Classification(best, top * LEXICAL, (top - second) * 0.1, plover, mode, decisive);
    }

    /** The weakest verbal PLOVER cue that names a statement on its own ("provided", "sent", "imposed"). */
    static final double VERBAL_MIN = Double.parseDouble(System.getProperty("dateline.events.verbalMin", "0.8"));

    /** A statement typed by its strongest verbal PLOVER cue (at least {@code minimum}), coded as diplomacy. */
    public Classification classifyVerbal(List<Trigger> triggers, double minimum) {
        String best = null;
        double top = 0;
        double second = 0;
        for (String label : ploverLabels) {
            double s = lexical(triggers, "P:" + label);
            if (s > top) {
                second = top;
                top = s;
                best = label;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || top < minimum) {
            return null;
        }
        if (top - second < TIE) {
            // "welcomed the statement as proof of a wish for talks": on a tie the cue told first, usually the main
            // verb, names the statement; its complements come after it
            best = firstCued(triggers, top);
        }
        Trigger cue = null;
        for (Trigger t : triggers) {
            if ((t.target().equals("P:" + best) || t.target().startsWith("P:" + best + ":"))
                    && (cue == null || t.weight() > cue.weight())) {
                cue = t;
            }
        }
        return new Classification(EventClass.DIPLO, top * LEXICAL, (top - second) * 0.1, best,
                modeFromTriggers(triggers, best), cue);
    }

    /** The type, among those scoring within {@link #TIE} of {@code top}, whose first cue comes earliest. */
    private String firstCued(List<Trigger> triggers, double top) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (String label : ploverLabels) {
            if (lexical(triggers, "P:" + label) < top - TIE) {
                continue;
            }
            for (Trigger t : triggers) {
                if ((t.target().equals("P:" + label) || t.target().startsWith("P:" + label + ":"))
                        && t.firstToken() < at) {
                    at = t.firstToken();
                    best = label;
                }
            }
        }
        return best;
    }

    /** Strongest trigger weight for a target, plus a little for each further distinct cue. */
    static double lexical(List<Trigger> triggers, String target) {
        double max = 0;
        double extra = 0;
        String prefix = target + ":";
        for (Trigger t : triggers) {
            if (t.target().equals(target) || t.target().startsWith(prefix)) {
                if (t.weight() > max) {
                    extra += max * 0.2;
                    max = t.weight();
                } else {
                    extra += t.weight() * 0.2;
                }
            }
        }
        return max + Math.min(extra, 0.4);
    }

    static Trigger strongest(List<Trigger> triggers, String target) {
        Trigger best = null;
        for (Trigger t : triggers) {
            if (t.target().equals(target) && (best == null || t.weight() > best.weight())) {
                best = t;
            }
        }
        return best;
    }

    /** Lexical scores closer than this are a tie. */
    static final double TIE = 0.05;

    private static boolean pastVerbCue(List<Trigger> triggers, String label, Words words) {
        if (label == null || words == null) {
            return false;
        }
        for (Trigger t : triggers) {
            if ((t.target().equals("P:" + label) || t.target().startsWith("P:" + label + ":"))
                    && words.lower(t.firstToken()).endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    private static Trigger ploverOn(List<Trigger> triggers, int token) {
        Trigger best = null;
        for (Trigger t : triggers) {
            if (t.isPlover() && t.firstToken() <= token && token <= t.lastToken() && t.weight() >= 0.8
                    && (best == null || t.weight() > best.weight())) {
                best = t;
            }
        }
        return best;
    }

    private static String modeFromTriggers(List<Trigger> triggers, String ploverType) {
        String prefix = "P:" + ploverType + ":";
        Trigger best = null;
        for (Trigger t : triggers) {
            if (t.target().startsWith(prefix) && (best == null || t.weight() > best.weight())) {
                best = t;
            }
        }
        return best == null ? null : best.target().substring(prefix.length());
    }
}
