package io.dateline.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-written temporal grammar. At each token that the lexicon knows, every rule tries to read an expression
 * and the longest reading wins. The rule families live in their own classes (calendar dates, durations and sets,
 * quarters, references and holidays); this class holds the relative ones ("on Thursday", "last week", "two days
 * ago", "10 p.m.") and the loop. Rules resolve against the anchor as they go; without one they give under-specified
 * values ("XXXX-WXX-5"). One instance per document, as it remembers what the story has named ({@link StoryMemory}).
 */
final class TimexGrammar {
    private static final String DATE = "DATE";
    private static final String TIME = "TIME";
    private static final String DURATION = "DURATION";
    private static final Set<String> CALENDAR_RELATIONS = Set.of("last", "next", "this", "past", "coming");
    private static final Set<String> QUARTER_NOUNS = Set.of("quarter", "period");
    private static final Set<String> STORY_RELATIONS = Set.of("previous", "preceding", "following", "next");

    private final DateTokens t;
    private final LocalDate anchor;
    private final Anchor calendar;
    private final DurationRules durations;
    private final ReferenceRules references;
    private final QuarterRules quarters;
    private final CalendarDateRules calendarDates;
    private final StoryMemory memory = new StoryMemory();
    private int currentToken;

    TimexGrammar(DateTokens tokens, LocalDate anchor) {
        this.t = tokens;
        this.anchor = anchor;
        this.calendar = new Anchor(anchor);
        this.durations = new DurationRules(tokens);
        this.references = new ReferenceRules(tokens, anchor, calendar);
        this.calendarDates = new CalendarDateRules(tokens, anchor, calendar);
        this.quarters = new QuarterRules(tokens, anchor, calendar, memory, calendarDates);
    }

    List<Found> findAll() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            currentToken = i;
            Found f = t.word[i] != null || t.kind[i] == DateTokens.NUMBER || QuarterRules.periodLetter(t, i)
                    ? best(i) : null;
            if (f == null) {
                Found first = firstDay(i);
                if (first != null) {
                    found.add(first);
                    memory.remember(first);
                }
                i++;
                continue;
            }
            found.add(f);
            memory.remember(f);
            i = f.end();
            Found second = secondDay(f);
            if (second != null) {
                found.add(second);
                memory.remember(second);
                i = second.end();
            }
        }
        return found;
    }

    private Found best(int i) {
        Found best = null;
        best = longer(best, durations.set(i));
        best = longer(best, calendarDates.numericDate(i));
        best = longer(best, clock(i));
        best = longer(best, calendarDates.month(i));
        best = longer(best, calendarDates.year(i));
        best = longer(best, weekday(i, -1));
        best = longer(best, aroundDay(i));
        best = longer(best, deictic(i));
        best = longer(best, relativeUnit(i));
        best = longer(best, ago(i));
        best = longer(best, durations.duration(i));
        best = longer(best, quarters.quarter(i));
        best = longer(best, quarters.shortForm(i));
        best = longer(best, calendarDates.season(i));
        best = longer(best, references.reference(i));
        best = longer(best, references.holiday(i));
        best = longer(best, theUnit(i));
        best = longer(best, endOfYear(i));
        best = longer(best, calendarDates.century(i));
        return best;
    }

    /**
     * "April 24 and 25", "May 3 to 5": a bare day number right after a month-day is another day of that month. Only
     * when the number ends the phrase, so that "May 3 and 25 others" stays a count.
     */
    private Found secondDay(Found f) {
        String v = f.value();
        int k = f.end();
        if (v == null || v.length() != 10 || !Character.isDigit(v.charAt(0))
                || t.plainNumber(f.end() - 1, 1, 2) != Integer.parseInt(v.substring(8, 10))
                || !(t.isWord(k, "and") || t.isWord(k, "or") || t.isWord(k, "to") || t.isWord(k, "through")
                || t.isPunct(k, '-') && t.adjacent(k - 1) && t.adjacent(k))) {
            return null;
        }
        int day = t.plainNumber(k + 1, 1, 2);
        if (day < 1 || k + 2 < t.size && t.kind[k + 2] != DateTokens.PUNCT || t.isPunct(k + 2, '%')) {
            return null;
        }
        int year = Integer.parseInt(v.substring(0, 4));
        int month = Integer.parseInt(v.substring(5, 7));
        if (!IsoValues.validDay(year, month, day) || day <= Integer.parseInt(v.substring(8, 10))) {
            return null;
        }
        return new Found(k + 1, k + 2, DATE, IsoValues.day(LocalDate.of(year, month, day)));
    }

    /**
     * "between 15 and 16 July", "from 3 to 5 May": a bare day number before a day-month date is an earlier day of
     * that month, so that a range starts where it starts.
     */
    private Found firstDay(int i) {
        int day = t.plainNumber(i, 1, 2);
        int k = i + 1;
        if (day < 1 || !(t.isWord(k, "and") || t.isWord(k, "to") || t.isWord(k, "through")
                || t.isPunct(k, '-') && t.adjacent(i) && t.adjacent(k))
                || !(t.isWord(i - 1, "between") || t.isWord(i - 1, "from"))) {
            return null;
        }
        Found next = calendarDates.numericDate(k + 1);
        if (next == null) {
            next = calendarDates.month(k + 1);
        }
        String v = next == null ? null : next.value();
        if (v == null || v.length() != 10 || !Character.isDigit(v.charAt(0))
                || next.first() != k + 1 || t.plainNumber(k + 1, 1, 2) < 0) {
            return null;
        }
        int year = Integer.parseInt(v.substring(0, 4));
        int month = Integer.parseInt(v.substring(5, 7));
        if (!IsoValues.validDay(year, month, day) || day >= Integer.parseInt(v.substring(8, 10))) {
            return null;
        }
        return new Found(i, i + 1, DATE, IsoValues.day(LocalDate.of(year, month, day)));
    }

    private static Found longer(Found a, Found b) {
        if (b == null) {
            return a;
        }
        return a == null || b.end() > a.end() ? b : a;
    }

    // ---------------------------------------------------------------- relative dates

    /**
     * [earlier|early|late] [last|next|this] Friday [morning]; Friday, Aug. 7, 1998; the previous Friday. The tense
     * cue is read around token {@code cueAt}, the start of the whole expression ("4 a.m. Thursday"), or around the
     * weekday when it is -1.
     */
    private Found weekday(int i, int cueAt) {
        int j = i;
        if (t.is(j, WordKind.MODIFIER) && (t.isWord(j, "early") || t.isWord(j, "late"))) {
            j++;
        }
        String relation = null;
        if (t.is(j, WordKind.DETERMINER) && t.lowerIn(STORY_RELATIONS, j + 1) && t.is(j + 2, WordKind.WEEKDAY)
                && t.capitalized(j + 2)) {
            return storyWeekday(i, j + 2, !t.isWord(j + 1, "previous") && !t.isWord(j + 1, "preceding"));
        }
        if (t.is(j, WordKind.RELATIVE) && t.lowerIn(CALENDAR_RELATIONS, j)) {
            relation = t.lower(j);
            j++;
        }
        if (!t.is(j, WordKind.WEEKDAY) || !t.capitalized(j)) {
            return null;
        }
        int dow = t.word[j].value();
        int e = j + 1;
        if (relation == null) {
            int k = t.isPunct(e, ',') ? e + 1 : e;
            Found date = calendarDates.month(k);
            if (date != null && date.value().length() == 10) {
                return new Found(i, date.end(), DATE, date.value());
            }
        }
        String day;
        LocalDate resolved = null;
        if (anchor == null) {
            day = "XXXX-WXX-" + dow;
        } else {
            resolved = calendar.weekday(dow, relation, TenseCues.direction(t, cueAt < 0 ? j : cueAt));
            day = IsoValues.day(resolved);
        }
        if (t.is(e, WordKind.PART_OF_DAY)) {
            String part = t.word[e].code();
            // "Friday night" runs past midnight, so no part of one day holds it: TimeML values it by the day it
            // belongs to. A morning or evening lies inside its day and stays in the value. News corpora type both
            // as dates.
            return new Found(i, e + 1, DATE, part.equals("NI") ? day : day + "T" + part);
        }
        return new Found(i, e, DATE, day);
    }

    /**
     * The previous Friday, the following Monday: the weekday before or after the day the story last named (the
     * publication day if it has named none), not before or after the publication day.
     */
    private Found storyWeekday(int i, int w, boolean after) {
        int dow = t.word[w].value();
        if (anchor == null) {
            return new Found(i, w + 1, DATE, "XXXX-WXX-" + dow);
        }
        LocalDate from = memory.day() != null ? LocalDate.parse(memory.day()) : anchor;
        LocalDate d = from;
        do {
            d = d.plusDays(after ? 1 : -1);
        } while (d.getDayOfWeek().getValue() != dow);
        return new Found(i, w + 1, DATE, IsoValues.day(d));
    }

    /** [the] day before / after X, [the] week of X, where X names a day: "the day before last Tuesday's hearing". */
    private Found aroundDay(int i) {
        int j = t.is(i, WordKind.DETERMINER) ? i + 1 : i;
        if (!t.is(j, WordKind.UNIT)) {
            return null;
        }
        String unit = t.word[j].code();
        int shift;
        if (unit.equals("D") && (t.isWord(j + 1, "before") || t.isWord(j + 1, "after"))) {
            shift = t.isWord(j + 1, "before") ? -1 : 1;
        } else if (unit.equals("W") && t.isWord(j + 1, "of")) {
            shift = 0;
        } else {
            return null;
        }
        Found day = namedDay(j + 2);
        if (day == null) {
            return null;
        }
        if (day.value().startsWith("X")) {
            return new Found(i, day.end(), DATE, unit.equals("W") ? "XXXX-WXX" : "XXXX-XX-XX");
        }
        LocalDate d = LocalDate.parse(day.value().substring(0, 10));
        return new Found(i, day.end(), DATE, unit.equals("W") ? IsoValues.week(d) : IsoValues.day(d.plusDays(shift)));
    }

    /** A day named at token k: a weekday, a month and day, or yesterday / today / tomorrow; null otherwise. */
    private Found namedDay(int k) {
        Found day = weekday(k, -1);
        if (day == null) {
            day = calendarDates.month(k);
        }
        if (day == null) {
            day = deictic(k);
        }
        String v = day == null ? null : day.value();
        return v != null && v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-' ? day : null;
    }

    /** today, yesterday morning, tonight, this morning, last night, overnight, earlier today. */
    private Found deictic(int i) {
        int j = i;
        if ((t.isWord(j, "earlier") || t.isWord(j, "later")) && t.isWord(j + 1, "that")) {
            j++;
        }
        if (t.is(j, WordKind.OVERNIGHT)) {
            return new Found(i, j + 1, TIME, calendar.dayOffset(-1) + "TNI");
        }
        if (t.is(j, WordKind.DEICTIC)) {
            Word w = t.word[j];
            if (j == i && t.capitalized(j) && j > 0 && t.kind[j - 1] == DateTokens.WORD && t.capitalized(j - 1)
                    && t.word[j - 1] == null) {
                return null; // "USA Today", "VOA Today": a name
            }
            if (w.value() == 0 && t.isPossessive(j + 1) && j + 3 < t.size && t.kind[j + 3] == DateTokens.WORD
                    && !t.is(j + 3, WordKind.UNIT) && !t.capitalized(j + 3)) {
                return null; // "today's youth": the present age, not the day
            }
            String day = calendar.dayOffset(w.value());
            if (!"-".equals(w.code())) {
                return new Found(i, j + 1, TIME, day + "T" + w.code());
            }
            if (t.is(j + 1, WordKind.PART_OF_DAY)) {
                return new Found(i, j + 2, TIME, day + "T" + t.word[j + 1].code());
            }
            return new Found(i, j + 1, DATE, day);
        }
        // mid-afternoon, early morning [yesterday], the morning: a part of the day the story is talking about
        int p = t.modifier(j);
        boolean part = p > j && t.is(p, WordKind.PART_OF_DAY);
        if (!part && t.is(j, WordKind.DETERMINER) && t.is(j + 1, WordKind.PART_OF_DAY) && !t.isWord(j + 2, "of")) {
            p = j + 1;
            part = true;
        }
        if (part) {
            String code = t.word[p].code();
            if (t.is(p + 1, WordKind.DEICTIC) && "-".equals(t.word[p + 1].code())) {
                return new Found(i, p + 2, TIME, calendar.dayOffset(t.word[p + 1].value()) + "T" + code);
            }
            return new Found(i, p + 1, TIME, storyDay() + "T" + code);
        }
        // that day, that year: the last day or year the story named
        if (t.isWord(j, "that") && t.is(j + 1, WordKind.UNIT)) {
            String unit = t.word[j + 1].code();
            if (unit.equals("D") && memory.day() != null) {
                return new Found(i, j + 2, DATE, memory.day());
            }
            if (unit.equals("Y") && memory.year() != null) {
                return new Found(i, j + 2, DATE, memory.year());
            }
            if (unit.equals("Q") && memory.quarter() != null) {
                return new Found(i, j + 2, DATE, memory.quarter());
            }
            return null;
        }
        if ((t.isWord(j, "this") || t.isWord(j, "last")) && t.is(j + 1, WordKind.PART_OF_DAY)) {
            String code = t.word[j + 1].code();
            if (t.isWord(j, "last") && !code.equals("NI") && !code.equals("EV")) {
                return null;
            }
            return new Found(i, j + 2, TIME, calendar.dayOffset(t.isWord(j, "last") ? -1 : 0) + "T" + code);
        }
        return null;
    }

    /** [earlier|early] this/last/next week|month|year|quarter|weekend|decade; last fall; the weekend. */
    private Found relativeUnit(int i) {
        int j = i;
        if (t.is(j, WordKind.AGO) && (t.isWord(j, "earlier") || t.isWord(j, "later"))) {
            j++;
        }
        int m = t.modifier(j);
        if (m > j && !t.is(j, WordKind.DETERMINER)) {
            j = m;
        }
        boolean the = false;
        if (t.is(j, WordKind.DETERMINER)) {
            the = true;
            j++;
        }
        if (the && t.is(j, WordKind.UNIT) && t.word[j].code().equals("WE")) {
            if (anchor == null) {
                return new Found(i, j + 1, DATE, "XXXX-WXX-WE");
            }
            int dow = anchor.getDayOfWeek().getValue();
            LocalDate d = dow <= 3 ? anchor.minusWeeks(1) : anchor;
            return new Found(i, j + 1, DATE, IsoValues.week(d) + "-WE");
        }
        if (!t.is(j, WordKind.RELATIVE)) {
            return null;
        }
        String rel = t.lower(j);
        int offset;
        switch (rel) {
            case "this", "current" -> offset = 0;
            case "last", "previous", "prior", "past" -> offset = -1;
            case "next", "coming", "following", "upcoming" -> offset = 1;
            default -> {
                return null;
            }
        }
        if (the && (rel.equals("last"))) {
            return null; // "the last year" is a duration
        }
        int u = j + 1;
        // "this past week": the last one
        if (rel.equals("this") && t.isWord(u, "past")) {
            offset = -1;
            rel = "past";
            u++;
        }
        // "the past year" is a length of time; "the past weekend" and "this past week" are the last one
        if (rel.equals("past") && !(t.is(u, WordKind.UNIT) && (t.word[u].code().equals("WE") || u > j + 1))) {
            return null;
        }
        if (t.is(u, WordKind.SEASON)) {
            return new Found(i, u + 1, DATE, calendar.season(t.word[u].code(), offset));
        }
        if (!t.is(u, WordKind.UNIT)) {
            return null;
        }
        String unit = t.word[u].code();
        if (t.title(u)) {
            return null; // "This Week", a programme
        }
        if (unit.equals("Q") && the && offset == 0) {
            return null; // left to the quarter rule
        }
        // "the following year" in a story about 1995 is 1996: narrative time, not the publication date
        if (the && offset != 0) {
            String narrative = narrativeUnit(unit, offset);
            if (narrative != null) {
                return new Found(i, u + 1, DATE, narrative);
            }
        }
        String v = calendar.unit(unit, offset);
        return v == null ? null : new Found(i, u + 1, DATE, v);
    }

    /** The year or month after (or before) the last one the story named, when that is not the publication's own. */
    private String narrativeUnit(String unit, int offset) {
        if (anchor == null) {
            return null;
        }
        if (unit.equals("Y") && memory.year() != null && Integer.parseInt(memory.year()) != anchor.getYear()) {
            return IsoValues.year(Integer.parseInt(memory.year()) + offset);
        }
        if (unit.equals("D") && memory.day() != null && !memory.day().equals(IsoValues.day(anchor))) {
            return IsoValues.day(LocalDate.parse(memory.day()).plusDays(offset));
        }
        if (unit.equals("M") && memory.month() != null
                && !memory.month().equals(IsoValues.month(anchor.getYear(), anchor.getMonthValue()))) {
            LocalDate d = LocalDate.of(Integer.parseInt(memory.month().substring(0, 4)),
                    Integer.parseInt(memory.month().substring(5, 7)), 1).plusMonths(offset);
            return IsoValues.month(d.getYear(), d.getMonthValue());
        }
        return null;
    }

    /** two days ago, a year earlier, several years ago, three weeks later, the year-earlier quarter. */
    private Found ago(int i) {
        // the year-earlier quarter / year-ago period
        int j = t.is(i, WordKind.DETERMINER) ? i + 1 : i;
        if (t.is(j, WordKind.UNIT) && t.isPunct(j + 1, '-') && t.adjacent(j) && t.adjacent(j + 1)
                && (t.isWord(j + 2, "earlier") || t.isWord(j + 2, "ago"))) {
            int end = j + 3;
            String unit = t.word[j].code();
            // the year-ago third quarter: the year before the third quarter the story means
            Found quarter = unit.equals("Y") && t.is(end, WordKind.ORDINAL) ? quarters.quarter(end) : null;
            if (quarter != null && quarter.value().length() == 7 && quarter.value().charAt(5) == 'Q') {
                String v = quarter.value();
                return new Found(i, quarter.end(), DATE, Character.isDigit(v.charAt(0))
                        ? IsoValues.quarter(Integer.parseInt(v.substring(0, 4)) - 1, v.charAt(6) - '0') : v);
            }
            // the year-earlier nine months: a length of time, compared with the same one a year before
            Quantity length = Quantity.at(t, end);
            if (length != null && !length.fuzzy() && t.is(length.end(), WordKind.UNITS)) {
                String v = Durations.of(t.word[length.end()].code(), length.value());
                if (v != null) {
                    return new Found(i, length.end() + 1, DURATION, v);
                }
            }
            if (t.lowerIn(QUARTER_NOUNS, end)) {
                end++;
            } else if (j > i) {
                // "the year-earlier" without a noun: leave the article out
                i = j;
            }
            boolean quarterNoun = end > j + 3 && t.isWord(j + 3, "quarter");
            return new Found(i, end, DATE, shifted(unit, 1, -1, quarterNoun));
        }
        Quantity q = Quantity.at(t, t.hedge(i));
        if (q == null) {
            return null;
        }
        int u = q.end();
        if (!(t.is(u, WordKind.UNIT) || t.is(u, WordKind.UNITS))) {
            return null;
        }
        int a = u + 1;
        int direction;
        int end = a + 1;
        if (t.isWord(a, "ago") || t.isWord(a, "earlier") || t.isWord(a, "before")
                && (a + 1 >= t.size || t.kind[a + 1] == DateTokens.PUNCT)) {
            direction = -1;
        } else if (t.isWord(a, "later")) {
            return null; // "three days later": the length is the expression, "later" only links it
        } else if (t.isWord(a, "hence")) {
            direction = 1;
        } else if (t.isWord(a, "from") && t.isWord(a + 1, "now")) {
            direction = 1;
            end = a + 2;
        } else {
            return null;
        }
        if (q.fuzzy()) {
            return new Found(i, end, DATE, direction < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        String v = shifted(t.word[u].code(), q.value(), direction, false);
        return v == null ? null : new Found(i, end, DATE, v);
    }

    /**
     * The anchor moved n units in a direction, at the unit's granularity; "a year earlier" is the same quarter a year
     * before when the story is comparing quarters (or says "the year-ago quarter").
     */
    private String shifted(String unit, int n, int direction, boolean quarterNoun) {
        if (unit.equals("Y") && n == 1 && memory.quarter() != null && direction < 0
                && (quarterNoun || memory.quarterPeriod())) {
            int y = Integer.parseInt(memory.quarter().substring(0, 4));
            return IsoValues.quarter(y - 1, memory.quarter().charAt(6) - '0');
        }
        return calendar.shifted(unit, (long) n * direction);
    }

    /**
     * The day a bare time ("at 10:35 a.m.", "in the morning") belongs to: the day named just before it, as in "on
     * Friday ... at 10:35 a.m.", else the publication day.
     */
    private String storyDay() {
        String day = memory.dayNear(currentToken);
        return day != null ? day : calendar.dayOffset(0);
    }

    /** the year, the full year, the week; "the year ended June 30" is a length of time. */
    private Found theUnit(int i) {
        // the end of the month / year
        int d = t.modifier(i) > i + 1 && t.is(i, WordKind.DETERMINER) ? t.modifier(i) : i;
        if (!t.is(d, WordKind.DETERMINER)) {
            return null;
        }
        int j = t.isWord(d + 1, "full") ? d + 2 : d + 1;
        // the current / latest fiscal year
        int shift = 0;
        if (t.isWord(j, "current") || t.isWord(j, "latest")) {
            shift = t.isWord(j, "latest") ? -1 : 0;
            if (!t.is(j + 1, WordKind.FISCAL)) {
                return null;
            }
            j++;
        }
        if (t.is(j, WordKind.FISCAL)) {
            j++;
        }
        if (!t.is(j, WordKind.UNIT)) {
            return null;
        }
        String unit = t.word[j].code();
        if (unit.equals("M") && d > i) {
            return new Found(i, j + 1, DATE, calendar.unit("M", 0));
        }
        if (unit.equals("Y")) {
            if (t.isWord(j + 1, "ended") || t.isWord(j + 1, "ending") || t.isWord(j + 1, "through")) {
                return new Found(i, j + 1, DURATION, "P1Y");
            }
            if (t.plainNumber(j + 1, 4, 4) >= 0 || t.is(j + 1, WordKind.NUMBER) || t.isPunct(j + 1, '-')) {
                return null;
            }
            // "$300 million last year, down from $450 million the year before": the year before the story's year
            if (d == i && j == i + 1 && (t.isWord(j + 1, "before") || t.isWord(j + 1, "earlier"))
                    && (j + 2 >= t.size || t.kind[j + 2] == DateTokens.PUNCT)) {
                String year = memory.year() != null ? memory.year() : anchor == null ? null
                        : IsoValues.year(anchor.getYear());
                return new Found(i, j + 2, DATE, year == null ? "XXXX" : IsoValues.year(Integer.parseInt(year) - 1));
            }
            return new Found(i, j + 1, DATE, calendar.unit("Y", shift));
        }
        if (d > i) {
            return null;
        }
        if (unit.equals("W") && j == i + 1 && !t.isWord(j + 1, "of") && !t.isPunct(j + 1, '-')) {
            return new Found(i, j + 1, DATE, calendar.unit("W", 0));
        }
        return null;
    }

    /** year-end: the end of this year, or of last year after "since". */
    private Found endOfYear(int i) {
        if (!(t.is(i, WordKind.UNIT) && t.word[i].code().equals("Y") && t.isPunct(i + 1, '-')
                && t.adjacent(i) && t.adjacent(i + 1) && t.isWord(i + 2, "end"))) {
            return null;
        }
        if (anchor == null) {
            return new Found(i, i + 3, DATE, "XXXX-12-31");
        }
        int y = anchor.getYear() - (i > 0 && t.isWord(i - 1, "since") ? 1 : 0);
        return new Found(i, i + 3, DATE, IsoValues.year(y) + "-12-31");
    }

    // ---------------------------------------------------------------- times of day

    /** After a short aside in brackets at j, "(0735 GMT)", the token after it; else j. */
    private int afterParenthesis(int j) {
        if (!t.isPunct(j, '(')) {
            return j;
        }
        for (int k = j + 1; k < t.size && k <= j + 6; k++) {
            if (t.isPunct(k, ')')) {
                return k + 1;
            }
        }
        return j;
    }

    /** 10:35 a.m., 5 p.m. EST, noon Thursday, midnight Friday, 10 p.m. Wednesday, 4 in the morning. */
    private Found clock(int i) {
        int hour;
        int minute = 0;
        int j;
        String fixed = null;
        if (t.is(i, WordKind.CLOCK_WORD)) {
            if (t.title(i) || i > 0 && t.isWord(i - 1, "high")) {
                return null; // "High Noon"
            }
            fixed = t.word[i].code();
            hour = 0;
            j = i + 1;
        } else {
            int military = t.plainNumber(i, 4, 4);
            if (military >= 0 && t.is(i + 1, WordKind.TIME_ZONE) && military / 100 <= 24 && military % 100 < 60) {
                hour = military / 100; // 0600 GMT
                minute = military % 100;
                fixed = IsoValues.two(hour) + ":" + IsoValues.two(minute);
                j = i + 1;
            } else {
                hour = t.plainNumber(i, 1, 2);
                j = i + 1;
            }
            if (fixed == null) {
                if (hour < 0 || hour > 24 || (i > 0 && t.isPunct(i - 1, '$'))) {
                    return null;
                }
                boolean colon = false;
                if (t.isPunct(j, ':') && t.adjacent(i) && t.adjacent(j) && t.plainNumber(j + 1, 2, 2) >= 0) {
                    minute = t.number[j + 1];
                    if (minute > 59) {
                        return null;
                    }
                    colon = true;
                    j += 2;
                }
                if (t.is(j, WordKind.MERIDIEM)) {
                    if (hour > 12 || hour == 0) {
                        return null;
                    }
                    boolean pm = t.word[j].code().equals("PM");
                    hour = hour % 12 + (pm ? 12 : 0);
                    j++;
                } else if (!colon && hour >= 1 && hour <= 12 && t.isWord(j, "in") && t.isWord(j + 1, "the")
                        && t.is(j + 2, WordKind.PART_OF_DAY) && !t.word[j + 2].code().equals("NI")) {
                    // 4 in the morning, 8 in the evening
                    hour = hour % 12 + (t.word[j + 2].code().equals("MO") ? 0 : 12);
                    j += 3;
                } else if (!colon) {
                    return null;
                }
            }
        }
        if (t.is(j, WordKind.TIME_ZONE)) {
            j++;
        } else if (t.isWord(j, "local") && t.isWord(j + 1, "time")) {
            j += 2;
        }
        String clock = fixed != null ? fixed : IsoValues.two(hour) + ":" + IsoValues.two(minute);
        // A day after the time: noon Thursday, 5 p.m. EST Nov. 9, 10 p.m. yesterday, 10:35 a.m. (0735 GMT) Friday
        int k = afterParenthesis(j);
        k = t.isPunct(k, ',') || t.isWord(k, "on") ? k + 1 : k;
        Found day = weekday(k, i);
        if (day == null) {
            day = deictic(k);
        }
        if (day == null) {
            day = calendarDates.month(k);
        }
        if (day != null && day.value().length() >= 10 && day.value().charAt(4) == '-'
                && day.value().charAt(7) == '-') {
            return new Found(i, day.end(), TIME, day.value().substring(0, 10) + "T" + clock);
        }
        return new Found(i, j, TIME, storyDay() + "T" + clock);
    }

}
