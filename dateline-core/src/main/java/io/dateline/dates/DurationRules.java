package io.dateline.dates;

import java.util.Set;

/** Lengths of time and repetitions: "three days", "the past two months", "for years", "every Friday", "daily". */
final class DurationRules {
    private static final String DATE = "DATE";
    private static final String DURATION = "DURATION";
    private static final String SET = "SET";
    private static final Set<String> BARE_UNITS_CONTEXT = Set.of("for", "within", "in", "over", "after", "takes",
            "take", "took", "lasted", "last", "spent", "spend");
    private static final Set<String> RATE_CONTEXT = Set.of("million", "billion", "thousand", "hundred", "dollars",
            "cents", "percent", "times", "once", "twice", "thrice", "%", "tons", "barrels", "dlrs");
    private static final Set<String> DURATION_RELATIONS = Set.of("past", "last", "next", "coming", "first",
            "previous", "following", "recent", "latest");

    private final DateTokens t;

    DurationRules(DateTokens tokens) {
        this.t = tokens;
    }

    /** three days, a week, the past two months, the first nine months, two-year, several years, recent weeks. */
    Found duration(int i) {
        int j = t.hedge(i);
        boolean the = false;
        if (j == i && t.is(j, WordKind.DETERMINER)) {
            the = true;
            j++;
        }
        String rel = null;
        if (t.is(j, WordKind.RELATIVE) || t.isWord(j, "first")) {
            rel = t.lower(j);
            if (!DURATION_RELATIONS.contains(rel)) {
                return null;
            }
            j++;
        }
        if (!the && rel == null && t.is(i, WordKind.DETERMINER)) {
            return null;
        }
        if (the && rel == null) {
            // "the nine months" only; "the year" stays unmarked
            Quantity q = Quantity.at(t, j);
            if (q == null || q.fuzzy() || t.isWord(j, "a") || t.isWord(j, "an")) {
                return null;
            }
        }
        Quantity q = Quantity.at(t, j);
        if (q == null) {
            // the past year; recent weeks; the coming days
            if (rel == null) {
                return bareUnits(i);
            }
            if (t.is(j, WordKind.UNIT) && (rel.equals("past") || rel.equals("last") && the)) {
                return new Found(i, j + 1, DURATION, Durations.of(t.word[j].code(), 1));
            }
            if (t.is(j, WordKind.UNITS)) {
                String unit = t.word[j].code();
                if (rel.equals("coming") || rel.equals("next") || rel.equals("following")) {
                    return new Found(i, j + 1, DATE, "FUTURE_REF");
                }
                if (rel.equals("recent") && unit.equals("Y")) {
                    return new Found(i, j + 1, DATE, "PAST_REF");
                }
                if (rel.equals("recent") || rel.equals("past") || rel.equals("last")) {
                    return new Found(i, j + 1, DURATION, Durations.of(unit, -1));
                }
            }
            return null;
        }
        int u = q.end();
        boolean hyphen = false;
        boolean half = false;
        // 5 1/2 hours
        if (!q.fuzzy() && t.plainNumber(u, 1, 1) == 1 && t.isPunct(u + 1, '/') && t.plainNumber(u + 2, 1, 1) == 2
                && t.adjacent(u) && t.adjacent(u + 1)) {
            u += 3;
            half = true;
        }
        if (t.isPunct(u, '-') && t.adjacent(u - 1) && t.adjacent(u)) {
            hyphen = true;
            u++;
        }
        if (!(t.is(u, WordKind.UNIT) || t.is(u, WordKind.UNITS))) {
            return null;
        }
        // 52-year-old is an age, said of a person, not a period; "a year-earlier" is a date
        if (t.isPunct(u + 1, '-') && (t.isWord(u + 2, "old") || t.isWord(u + 2, "earlier") || t.isWord(u + 2, "ago"))) {
            return null;
        }
        String unitCode = t.word[u].code();
        // "52 years old" is an age; "60 Minutes" a title
        if (t.isWord(u + 1, "old") || t.title(u)) {
            return null;
        }
        // three-quarters is a fraction; "a second" is an ordinal far more often than a length of time
        if (hyphen && unitCode.equals("Q") || unitCode.equals("S") && (t.isWord(j, "a") || t.isWord(j, "an"))) {
            return null;
        }
        if (t.kind[j] == DateTokens.NUMBER && j > 0 && t.isPunct(j - 1, '$')) {
            return null;
        }
        if (q.value() == 1 && !hyphen && (t.isWord(j, "a") || t.isWord(j, "an")) && rel == null
                && t.is(u, WordKind.UNIT) && t.word[u].code().equals("Q")) {
            return null; // "a quarter of the shares"
        }
        if (rel != null && rel.equals("first") && !the) {
            return null;
        }
        String unit = t.word[u].code();
        int end = u + 1;
        // a year and a half
        if (!half && !q.fuzzy() && t.isWord(end, "and") && t.isWord(end + 1, "a") && t.is(end + 2, WordKind.HALF)) {
            end += 3;
            half = true;
        }
        // the first two quarters of 1990, the last six months of 1989: a half of a named year is a date
        if (the && ("first".equals(rel) || "last".equals(rel)) && !half && !q.fuzzy() && t.isWord(end, "of")
                && (unit.equals("Q") && q.value() == 2 || unit.equals("M") && q.value() == 6)) {
            int y = t.yearAt(end + 1, false);
            if (y > 0) {
                return new Found(i, end + 2, DATE, IsoValues.year(y) + ("first".equals(rel) ? "-H1" : "-H2"));
            }
        }
        String v = half ? Durations.half(unit, q.value()) : Durations.of(unit, q.fuzzy() ? -1 : q.value());
        if (v == null) {
            return null;
        }
        // "the two-week visit": the article belongs to the noun, not to the length
        int first = hyphen && the && rel == null ? i + 1 : i;
        return new Found(first, end, DURATION, v);
    }

    /** "for years", "within weeks": a plural unit alone after a word that asks for a length of time. */
    private Found bareUnits(int i) {
        if (!t.is(i, WordKind.UNITS) || i == 0 || !t.lowerIn(BARE_UNITS_CONTEXT, i - 1)) {
            return null;
        }
        return new Found(i, i + 1, DURATION, Durations.of(t.word[i].code(), -1));
    }

    /** daily, every Friday, each July, every two weeks, $5 a year, per day, on Mondays. */
    Found set(int i) {
        if (t.is(i, WordKind.SET_ADVERB)) {
            String code = t.word[i].code();
            return new Found(i, i + 1, SET, code.equals("NI") ? "XXXX-XX-XXTNI"
                    : code.equals("H") ? "PT1H" : "P1" + code);
        }
        if (t.is(i, WordKind.WEEKDAYS) && t.capitalized(i)) {
            return new Found(i, i + 1, SET, "XXXX-WXX-" + t.word[i].value());
        }
        if (t.is(i, WordKind.EVERY)) {
            int j = i + 1;
            int n = 1;
            if (t.isWord(j, "other")) {
                n = 2;
                j++;
            }
            if (t.is(j, WordKind.WEEKDAY)) {
                String v = "XXXX-WXX-" + t.word[j].value();
                if (t.is(j + 1, WordKind.PART_OF_DAY)) {
                    return new Found(i, j + 2, SET, v + "T" + t.word[j + 1].code());
                }
                return new Found(i, j + 1, SET, v);
            }
            if (t.is(j, WordKind.MONTH) && t.capitalized(j)) {
                return new Found(i, j + 1, SET, "XXXX-" + IsoValues.two(t.word[j].value()));
            }
            if (t.is(j, WordKind.SEASON)) {
                return new Found(i, j + 1, SET, "XXXX-" + t.word[j].code());
            }
            if (t.is(j, WordKind.PART_OF_DAY)) {
                return new Found(i, j + 1, SET, "XXXX-XX-XXT" + t.word[j].code());
            }
            Quantity q = Quantity.at(t, j);
            if (q != null && !q.fuzzy() && t.is(q.end(), WordKind.UNITS)) {
                return new Found(i, q.end() + 1, SET, Durations.of(t.word[q.end()].code(), q.value()));
            }
            if (t.is(j, WordKind.UNIT)) {
                return new Found(i, j + 1, SET, Durations.of(t.word[j].code(), n));
            }
            return null;
        }
        // "$5 a year", "twice a week"
        if ((t.isWord(i, "a") || t.isWord(i, "an")) && t.is(i + 1, WordKind.UNIT) && i > 0
                && (t.kind[i - 1] == DateTokens.NUMBER || t.lowerIn(RATE_CONTEXT, i - 1)
                || t.isPunct(i - 1, '%'))) {
            String unit = t.word[i + 1].code();
            if (unit.equals("Q") || unit.equals("WE")) {
                return null;
            }
            return new Found(i, i + 2, SET, Durations.of(unit, 1));
        }
        return null;
    }
}
