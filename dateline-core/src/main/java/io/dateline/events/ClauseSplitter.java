package io.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into clauses at conjunctions that start a new predication ("but", "while", "after", "; ", ",
 * and"), so that two events in one sentence get their own status, place and date. Participle tails ("..., killing
 * six") stay with their clause: they state the same event's outcome.
 */
public final class ClauseSplitter {
    private static final Set<String> BREAKERS = Set.of("but", "while", "whereas", "although", "though", "after",
            "before", "following", "when", "then", "meanwhile", "however", "yet", "whilst", "where", "which", "who",
            "whom");

    private static final Set<String> SAYINGS = Set.of("said", "added", "told", "announced", "reported");

    private static final Set<String> TIMES_OF_DAY = Set.of("dawn", "daybreak", "sunrise", "sunset", "dusk",
            "dark", "nightfall", "midnight", "noon", "midday");

    private static final Set<String> RELATIVES = Set.of("where", "which", "who", "whom");

    private ClauseSplitter() {
    }

    public static List<Clause> split(Words w) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        boolean inRelative = false;
        for (int i = 1; i < w.size(); i++) {
            String x = w.lower(i);
            boolean cut = false;
            int next = i;
            if (inRelative && x.equals(",")) {
                // "those who had reconciled with the government, were arrested": the relative clause ends here
                cut = true;
                next = i + 1;
                inRelative = false;
            } else if (x.equals(";") || x.equals(":") || x.equals("\u2014")) {
                cut = true;
                next = i + 1;
            } else if (BREAKERS.contains(x) && i - start >= 3 && !(i + 1 < w.size()
                    && TIMES_OF_DAY.contains(w.lower(i + 1)))) {
                // "before dawn on Friday and kidnapped 24 people": a time of day opens no clause
                cut = true;
                inRelative = RELATIVES.contains(x);
            } else if (x.equals("with") && w.lower(i - 1).equals(",") && i - start >= 4) {
                cut = true; // "arrived in Baghdad on Thursday, with Araghchi expected on Friday"
            } else if (x.equals("and") && (w.lower(i - 1).equals(",") || i + 1 < w.size()
                    && SAYINGS.contains(w.lower(i + 1))) && i - start >= 4) {
                cut = true; // ", and", "... were killed and said four suspects had been held": a new predication
            } else if (x.equals("as") && w.lower(i - 1).equals(",") && i - start >= 4 && i + 1 < w.size()
                    && !w.lower(i + 1).equals("well") && !w.lower(i + 1).equals("part")) {
                cut = true; // "..., as thousands tried to reach the flights": the circumstance has its own status
            }
            if (cut && i > start) {
                clauses.add(new Clause(start, i));
                start = next;
            }
        }
        if (start < w.size()) {
            clauses.add(new Clause(start, w.size()));
        }
        return clauses;
    }
}
