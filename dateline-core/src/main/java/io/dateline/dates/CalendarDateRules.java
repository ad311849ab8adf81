package io.dateline.dates;

import java.time.LocalDate;
import java.util.Set;

/**
 * Dates named on the calendar: "December 2, 2024", "2 Dec. 2024", "12/02/2024", "March 2023", "1998", "mid-2023",
 * "the 1990s", "the 20th century", "summer 1998". A missing year is the one nearest the publication date.
 */
final class CalendarDateRules {
    private static final String DATE = "DATE";
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "of", "early",
            "late", "mid", "last", "next", "this", "during", "from", "before", "after", "through", "between", "to",
            "around", "on", "throughout", "that", "the");
    private static final Set<String> SEASON_CONTEXT = Set.of("in", "during", "since", "until", "by", "through",
            "over", "last", "this", "next", "early", "late", "mid", "the", "that", "each", "every");
    private static final Set<String> CALENDAR_RELATIONS = Set.of("last", "next", "this", "past", "coming");

    private final DateTokens t;
    private final LocalDate anchor;
    private final Anchor calendar;
    /** Month-first (+1) or day-first (-1) as the article writes a/b/yyyy, 0 when it never tells, 2 not yet read. */
    private int slashOrder = 2;

    CalendarDateRules(DateTokens tokens, LocalDate anchor, Anchor calendar) {
        this.t = tokens;
        this.anchor = anchor;
        this.calendar = calendar;
    }

    /** 2024-12-02, 12/02/2024, 2/12/24, 05.12.2024. */
    Found numericDate(int i) {
        if (t.kind[i] == DateTokens.NUMBER && t.number[i] < 0) {
            return dottedDate(i);
        }
        int y = t.plainNumber(i, 4, 4);
        if (y >= 1000 && t.isPunct(i + 1, '-') && t.adjacent(i) && t.adjacent(i + 1) && t.adjacent(i + 2)
                && t.isPunct(i + 3, '-') && t.adjacent(i + 3)) {
            int m = t.plainNumber(i + 2, 1, 2);
            int d = t.plainNumber(i + 4, 1, 2);
            if (IsoValues.validDay(y, Math.max(m, 1), Math.max(d, 1)) && m > 0 && d > 0) {
                return new Found(i, i + 5, DATE, IsoValues.day(LocalDate.of(y, m, d)));
            }
            return null;
        }
        int a = t.plainNumber(i, 1, 2);
        if (a < 1 || !t.isPunct(i + 1, '/') || !t.isPunct(i + 3, '/') || !t.adjacent(i) || !t.adjacent(i + 1)
                || !t.adjacent(i + 2) || !t.adjacent(i + 3)) {
            return null;
        }
        int b = t.plainNumber(i + 2, 1, 2);
        int year = t.plainNumber(i + 4, 2, 4);
        if (b < 1 || year < 0 || t.length(i + 4) == 3) {
            return null;
        }
        if (t.length(i + 4) == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        boolean monthFirst = IsoValues.validDay(year, a, b);
        boolean dayFirst = IsoValues.validDay(year, b, a);
        if (!monthFirst && !dayFirst) {
            return null;
        }
        LocalDate date;
        if (monthFirst && dayFirst && a != b) {
            date = chooseSlashOrder(LocalDate.of(year, a, b), LocalDate.of(year, b, a));
        } else {
            date = monthFirst ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a);
        }
        return new Found(i, i + 5, DATE, IsoValues.day(date));
    }
    /** 05.12.2024: the day-first order of the countries that write dates with dots. */
    private Found dottedDate(int i) {
        int from = t.start[i];
        int to = t.end[i];
        int firstDot = t.text.indexOf('.', from);
        int secondDot = firstDot < 0 ? -1 : t.text.indexOf('.', firstDot + 1);
        if (firstDot < 0 || secondDot < 0 || secondDot >= to || t.text.indexOf('.', secondDot + 1) >= 0
                && t.text.indexOf('.', secondDot + 1) < to) {
            return null;
        }
        int dayDigits = firstDot - from;
        int monthDigits = secondDot - firstDot - 1;
        int yearDigits = to - secondDot - 1;
        if (dayDigits < 1 || dayDigits > 2 || monthDigits < 1 || monthDigits > 2 || yearDigits != 4) {
            return null;
        }
        int day = Integer.parseInt(t.text, from, firstDot, 10);
        int month = Integer.parseInt(t.text, firstDot + 1, secondDot, 10);
        int year = Integer.parseInt(t.text, secondDot + 1, to, 10);
        if (!IsoValues.validDay(year, month, day)) {
            return null;
        }
        return new Found(i, i + 1, DATE, IsoValues.day(LocalDate.of(year, month, day)));
    }
    /**
     * An ambiguous a/b/yyyy: the order the same article uses where it is unambiguous, else the reading nearer the
     * publication date, else month first.
     */
    private LocalDate chooseSlashOrder(LocalDate monthFirst, LocalDate dayFirst) {
        if (slashOrder == 2) {
            slashOrder = documentSlashOrder();
        }
        if (slashOrder != 0) {
            return slashOrder > 0 ? monthFirst : dayFirst;
        }
        if (anchor != null) {
            long dm = Math.abs(monthFirst.toEpochDay() - anchor.toEpochDay());
            long dd = Math.abs(dayFirst.toEpochDay() - anchor.toEpochDay());
            return dd < dm ? dayFirst : monthFirst;
        }
        return monthFirst;
    }
    /** +1 when the article writes a/b/y with b > 12 somewhere, -1 when with a > 12, 0 when it never tells. */
    private int documentSlashOrder() {
        int order = 0;
        for (int i = 0; i + 4 < t.size; i++) {
            if (t.isPunct(i + 1, '/') && t.isPunct(i + 3, '/')) {
                int a = t.plainNumber(i, 1, 2);
                int b = t.plainNumber(i + 2, 1, 2);
                if (a > 12 && b >= 1 && b <= 12) {
                    order = order > 0 ? 0 : -1;
                } else if (b > 12 && a >= 1 && a <= 12) {
                    order = order < 0 ? 0 : 1;
                }
            }
        }
        return order;
    }
    /** [early|mid-|the end of] December [2][,] [2024]; 2 Dec. 2024; last April. */
    Found month(int i) {
        int j = i;
        boolean modified = false;
        String relation = null;
        int mod = t.modifier(j);
        if (mod > j) {
            j = mod;
            modified = true;
        }
        if (t.is(j, WordKind.RELATIVE) && t.lowerIn(CALENDAR_RELATIONS, j)
                && t.is(j + 1, WordKind.MONTH)) {
            relation = t.lower(j);
            j++;
        }
        // Day first: 2 December 2024, 2nd of December
        int dayFirst = t.plainNumber(j, 1, 2);
        if (dayFirst >= 1 && dayFirst <= 31 && !modified && relation == null) {
            int k = t.skipOrdinalSuffix(j + 1);
            if (t.isWord(k, "of")) {
                k++;
            }
            if (t.isMonthWord(k)) {
                int month = t.word[k].value();
                int e = t.skipDot(k + 1);
                int year = t.yearAt(e, true);
                int end = year > 0 ? t.yearEnd(e) : e;
                Integer y = year > 0 ? Integer.valueOf(year) : null;
                String v = calendar.day(y, month, dayFirst, TenseCues.cue(t, i));
                return v == null ? null : new Found(i, end, DATE, v);
            }
        }
        if (!t.isMonthWord(j)) {
            return null;
        }
        int month = t.word[j].value();
        boolean abbreviation = "abbr".equals(t.word[j].code());
        int e = t.skipDot(j + 1);
        boolean dotted = e > j + 1;
        int day = t.plainNumber(e, 1, 2);
        // "Jan. 6:" ends a dateline; "Jan. 6:30" would be a clock time
        boolean clockAfter = t.isPunct(e + 1, ':') && t.adjacent(e) && t.plainNumber(e + 2, 2, 2) >= 0;
        if (day >= 1 && day <= 31 && !clockAfter && !t.isPunct(e + 1, '%')) {
            int k = t.skipOrdinalSuffix(e + 1);
            int year = t.yearAt(k, true);
            if (relation != null && year < 0) {
                String v = calendar.relativeDay(month, day, relation);
                return v == null ? null : new Found(i, k, DATE, v);
            }
            if (year > 0) {
                String v = calendar.day(year, month, day, TenseCues.cue(t, i));
                return v == null ? null : new Found(i, t.yearEnd(k), DATE, v);
            }
            if (!(t.isPunct(k, ',') && t.plainNumber(k + 1, 1, 9) >= 0 && t.length(k + 1) == 3)) {
                String v = calendar.day(null, month, day, TenseCues.cue(t, i));
                return v == null ? null : new Found(i, k, DATE, v);
            }
        }
        int year = t.yearAt(t.isWord(e, "of") ? e + 1 : e, true);
        if (year > 0) {
            return new Found(i, t.yearEnd(t.isWord(e, "of") ? e + 1 : e), DATE, IsoValues.month(year, month));
        }
        // January nineteen ninety-seven
        Found spoken = spelledYear(t.isWord(e, "of") ? e + 1 : e);
        if (spoken != null) {
            return new Found(i, spoken.end(), DATE, spoken.value() + "-" + IsoValues.two(month));
        }
        // June last year, January this year
        if (relation == null && t.is(e, WordKind.RELATIVE) && t.isWord(e + 1, "year")) {
            int offset = t.isWord(e, "last") ? -1 : t.isWord(e, "this") ? 0 : t.isWord(e, "next") ? 1 : 9;
            if (offset != 9) {
                return new Found(i, e + 2, DATE, anchor == null ? "XXXX-" + IsoValues.two(month)
                        : IsoValues.month(anchor.getYear() + offset, month));
            }
        }
        if (abbreviation && !dotted) {
            return null;
        }
        String lower = t.lower(j);
        if (!modified && relation == null && (lower.equals("may") || lower.equals("march"))
                && !(i > 0 && t.lowerIn(MONTH_CONTEXT, i - 1))) {
            return null;
        }
        return new Found(i, e, DATE, calendar.month(month, relation, TenseCues.cue(t, i)));
    }
    /** 1990, fiscal 1989, mid-2023, the end of 1990, the 1990s, the '90s. */
    Found year(int i) {
        Found spelled = spelledYear(i);
        if (spelled != null) {
            return spelled;
        }
        if (t.is(i, WordKind.DETERMINER) && t.is(i + 1, WordKind.DECADE_WORD)) {
            return new Found(i, i + 2, DATE, "19" + t.word[i + 1].value());
        }
        int j = t.modifier(i);
        boolean the = t.is(j, WordKind.DETERMINER);
        int k = the ? j + 1 : j;
        if (t.is(k, WordKind.FISCAL)) {
            k++;
        }
        // '90s
        if ((t.isPunct(k, '\'') || t.isPunct(k, '\u2019')) && t.adjacent(k) && t.plainNumber(k + 1, 2, 2) >= 0
                && t.adjacent(k + 1) && t.isWord(k + 2, "s")) {
            return new Found(i, k + 3, DATE, "19" + t.number[k + 1] / 10);
        }
        int y = t.plainNumber(k, 4, 4);
        if (y < 1000 || y > 2199) {
            return null;
        }
        if (k > 0 && t.kind[k - 1] == DateTokens.PUNCT && "$#£€".indexOf(t.text.charAt(t.start[k - 1])) >= 0) {
            return null;
        }
        if (t.adjacent(k) && t.isWord(k + 1, "s")) {
            return new Found(i, k + 2, DATE, Integer.toString(y / 10));
        }
        if (the && j == i && !t.is(i, WordKind.DETERMINER)) {
            return null;
        }
        if (the) {
            // "the 1990 budget": only decades take the article.
            return null;
        }
        if (t.isPunct(k + 1, '%') || t.isWord(k + 1, "percent") || t.isPunct(k + 1, ':')
                || (t.kind.length > k + 1 && k + 1 < t.size && t.kind[k + 1] == DateTokens.NUMBER)) {
            return null;
        }
        if (y < 1900 && !(k > 0 && t.lowerIn(MONTH_CONTEXT, k - 1))) {
            return null;
        }
        // "Kopp's 1987 Chevrolet", "Orion 1980": a model or a name, not a time
        boolean nameAfter = k + 1 < t.size && t.kind[k + 1] == DateTokens.WORD && t.capitalized(k + 1);
        if (j == k && k > 1 && (nameAfter && t.isWord(k - 1, "s") && (t.isPunct(k - 2, '\'') || t.isPunct(k - 2, '\u2019'))
                || t.kind[k - 1] == DateTokens.WORD && t.capitalized(k - 1) && t.word[k - 1] == null
                && !t.isPunct(k - 2, '.') && t.kind[k - 2] != DateTokens.PUNCT)) {
            return null;
        }
        return new Found(i, k + 1, DATE, IsoValues.year(y));
    }
    /** nineteen ninety-six, [the year] two thousand: years as they are spoken in transcripts. */
    private Found spelledYear(int i) {
        int j = i;
        if (t.is(j, WordKind.DETERMINER) && t.isWord(j + 1, "year")) {
            j += 2;
        }
        if (!t.is(j, WordKind.NUMBER)) {
            return null;
        }
        int v = t.word[j].value();
        if (v == 2 && t.isWord(j + 1, "thousand")) {
            return new Found(i, j + 2, DATE, "2000");
        }
        if (v != 19) {
            return null;
        }
        Quantity rest = Quantity.at(t, j + 1);
        if (rest == null || rest.fuzzy() || rest.value() < 10 || rest.value() > 99 || t.kind[j + 1] != DateTokens.WORD) {
            return null;
        }
        return new Found(i, rest.end(), DATE, Integer.toString(1900 + rest.value()));
    }
    /** [the] 20th century: "19", the ISO-TimeML value of a century. */
    Found century(int i) {
        int j = t.is(i, WordKind.DETERMINER) ? i + 1 : i;
        int n = t.plainNumber(j, 1, 2);
        int k = t.skipOrdinalSuffix(j + 1);
        if (n < 1 || k == j + 1 || !t.isWord(k, "century")) {
            return null;
        }
        return new Found(i, k + 1, DATE, IsoValues.two(n - 1));
    }
    /** [the] [early] summer [of] [1998]. */
    Found season(int i) {
        int j = t.modifier(i);
        boolean modified = j > i;
        boolean the = false;
        if (!modified && t.is(j, WordKind.DETERMINER)) {
            the = true;
            j++;
        }
        if (!t.is(j, WordKind.SEASON)) {
            return null;
        }
        String code = t.word[j].code();
        int k = t.isWord(j + 1, "of") ? j + 2 : j + 1;
        Found spoken = spelledYear(k);
        if (spoken != null) {
            return new Found(i, spoken.end(), DATE, spoken.value() + "-" + code);
        }
        int y = t.plainNumber(k, 4, 4);
        if (y >= 1000 && y <= 2199) {
            return new Found(i, k + 1, DATE, IsoValues.year(y) + "-" + code);
        }
        if (!the && !modified && !(i > 0 && t.lowerIn(SEASON_CONTEXT, i - 1))) {
            return null;
        }
        if (anchor == null) {
            return new Found(i, j + 1, DATE, "XXXX-" + code);
        }
        return new Found(i, j + 1, DATE, IsoValues.year(anchor.getYear()) + "-" + code);
    }
}
