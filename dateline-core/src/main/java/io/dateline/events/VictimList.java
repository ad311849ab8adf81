package io.dateline.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Counts the victims an outcome verb lists after it: "killing the refugees minister, Khalil Haqqani, and two of his
 * bodyguards" (3), "killing senior commander Fuad Shukr, a woman and two children" (4). Each item is a counted group
 * ("two children", "two of his bodyguards"), one person ("a woman", "the driver") or a titled person ("senior
 * commander Fuad Shukr"); a bare name right after a person is that person again. Reads at most a few items of a few
 * words each.
 */
final class VictimList {
    private static final int MAX_ITEMS = 6;
    private static final int MAX_ITEM_WORDS = 6;
    private static final Set<String> ARTICLES = Set.of("a", "an");
    /** Heads that name one person by office or trade. */
    private static final List<String> PERSON_HEADS = Stream.concat(
            CasualtyCounter.PERSON_ENDINGS.stream(), Stream.of("minister", "commander", "leader", "official", "general",
                    "colonel", "head", "envoy", "cleric", "sheikh")).toList();

    private static final Set<String> HEDGES = Set.of("at", "least", "nearly", "about", "around", "almost", "some",
            "more", "than", "over");
    private static final Set<String> CLAUSE_VERBS = Set.of("also", "was", "were", "had", "has");
    private static final Set<String> BREAKDOWN = Set.of("them", "whom", "including", "among", "mostly", "most");

    private VictimList() {
    }

    /** The victims listed from word {@code from}, or -1 when no list of victims starts there. */
    static int count(Words w, int from, int to) {
        int total = 0;
        int pending = 0; // items after a comma count once an "and" closes the list: "X, a woman and two children"
        boolean joined = false; // whether the current item follows "and"
        int k = from;
        boolean person = false; // the previous item named one person: a bare name after it is the same person
        for (int items = 0; items < MAX_ITEMS && k < to; items++) {
            int end = itemEnd(w, k, to);
            int v = end > k ? value(w, k, end, person) : -1;
            if (v < 0) {
                break;
            }
            if (items == 0 || joined) {
                total += pending + v;
                pending = 0;
            } else {
                pending += v;
            }
            person = v == 1;
            k = end;
            if (k < to && w.lower(k).equals(",")) {
                k++;
            }
            joined = k < to && w.lower(k).equals("and");
            if (joined) {
                k++;
            } else if (k >= to || !w.isCapitalised(k) && !ARTICLES.contains(w.lower(k))
                    && NumberWords.valueEndingAt(w, k) < 0) {
                break; // ", including", ", police said": the list ended
            }
        }
        return total > 0 ? total : -1;
    }

    /** Where an item starting at k ends: at a comma, "and", or after a few words. */
    private static int itemEnd(Words w, int k, int to) {
        int j = k;
        while (j < to && j < k + MAX_ITEM_WORDS) {
            String x = w.lower(j);
            if (x.equals(",") || x.equals("and") || x.equals(".") || x.equals(";")) {
                break;
            }
            j++;
        }
        return j;
    }

    private static int value(Words w, int k, int end, boolean afterPerson) {
        for (int j = k; j < end; j++) {
            if (EventExtractor.SPEECH.contains(w.lower(j)) || BREAKDOWN.contains(w.lower(j))
                    || CLAUSE_VERBS.contains(w.lower(j)) || CasualtyCounter.OUTCOME_WORDS.contains(w.lower(j))) {
                // "..., army spokesman Ali Said told reporters": the source, no victim; "26 men, 25 of them
                // tourists": the same victims again; "..., and a constable also died": a clause of its own
                return -1;
            }
        }
        while (k + 1 < end && HEDGES.contains(w.lower(k))) {
            k++; // "and at least five other people"
        }
        String first = w.lower(k);
        if (first.endsWith("ing")) {
            return -1; // "killing the driver and injuring a passenger": another outcome's victims
        }
        int n = NumberWords.valueEndingAt(w, k);
        if (n > 0 && !first.contains("-year-old")) {
            return n; // "two children", "two of his bodyguards"
        }
        if (ARTICLES.contains(first) && end > k + 1) {
            // "a woman", not "a number of fighters" nor "a dozen", whose count is the counter's
            boolean one = !CasualtyCounter.NOT_ONE.contains(w.lower(k + 1)) && NumberWords.valueEndingAt(w, k + 1) < 0;
            return one ? 1 : -1;
        }
        if (CasualtyCounter.KIN_OWNERS.contains(first) && (k + 1 < end && CasualtyCounter.KIN.contains(w.lower(k + 1))
                || k + 2 < end && CasualtyCounter.KIN.contains(w.lower(k + 2)))) {
            return 1; // "a scholar and his son", "a farmer and his young daughter"
        }
        boolean allNames = true;
        boolean titled = false;
        for (int j = k; j < end; j++) {
            String x = w.lower(j);
            allNames &= w.isCapitalised(j);
            titled |= PERSON_HEADS.stream().anyMatch(x::endsWith) && !CasualtyCounter.NOT_PERSONS.contains(x);
        }
        if (allNames && afterPerson) {
            return 0; // "the minister, Khalil Haqqani,": the same person named
        }
        if (titled) {
            return 1; // "the driver", "senior commander Fuad Shukr"
        }
        return allNames && end - k >= 2 && end - k <= 3 ? 1 : -1; // "Fuad Shukr"
    }
}
