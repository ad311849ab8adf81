package io.dateline.dates;

import io.dateline.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DateTaggerTest {
    private final DateTagger tagger = new DateTagger();

    /** Publication date | sentence | the expression | type | value. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # year ends
            2024-12-31 | Results are due next year.                 | next year        | DATE | 2025
            2025-01-01 | Sales fell last year.                      | last year        | DATE | 2024
            2024-12-31 | The deal should close next month.          | next month       | DATE | 2025-01
            2025-01-15 | Exports slumped last month.                | last month       | DATE | 2024-12
            2025-01-02 | The fighting began on Dec. 30.             | Dec. 30          | DATE | 2024-12-30
            2024-12-28 | The talks will resume on January 3.        | January 3        | DATE | 2025-01-03
            # leap days
            2024-03-01 | The storm hit yesterday.                   | yesterday        | DATE | 2024-02-29
            2023-03-01 | The storm hit yesterday.                   | yesterday        | DATE | 2023-02-28
            2024-02-28 | The vote is expected tomorrow.             | tomorrow         | DATE | 2024-02-29
            2024-03-07 | The convoy was attacked a week ago.        | a week ago       | DATE | 2024-W09
            2024-03-10 | Talks collapsed on Feb. 29.                | Feb. 29          | DATE | 2024-02-29
            # ISO weeks: the week-based year differs from the calendar year at year ends
            2024-12-30 | The talks resume this week.                | this week        | DATE | 2025-W01
            2021-01-03 | Markets were calm this week.               | this week        | DATE | 2020-W53
            2024-12-09 | Protests spread last week.                 | last week        | DATE | 2024-W49
            2024-12-30 | Protests spread last week.                 | last week        | DATE | 2024-W52
            2025-01-06 | Protests spread last week.                 | last week        | DATE | 2025-W01
            2024-12-05 | Another round is planned next week.        | next week        | DATE | 2024-W50
            # weekdays: the tense of the clause chooses the side
            2024-12-09 | Troops arrived on Thursday.                | Thursday         | DATE | 2024-12-05
            2024-12-09 | The minister is expected on Friday.        | Friday           | DATE | 2024-12-13
            2024-12-09 | Officials met on Monday.                   | Monday           | DATE | 2024-12-09
            2024-12-09 | The court will rule on Wednesday.          | Wednesday        | DATE | 2024-12-11
            2024-12-09 | Rebels said on Saturday they had withdrawn. | Saturday        | DATE | 2024-12-07
            2024-12-05 | Rockets fell on the city last Tuesday.     | last Tuesday     | DATE | 2024-12-03
            2024-12-05 | Rockets fell on the city Tuesday night.    | Tuesday night    | DATE | 2024-12-03
            2024-12-05 | Aid arrives next Monday.                   | next Monday      | DATE | 2024-12-09
            2024-12-06 | Troops cleared a mine by the bridge on Thursday, hours before a scheduled convoy. | Thursday | DATE | 2024-12-05
            2024-12-06 | Police searched homes, on Thursday, before the upcoming vote. | Thursday | DATE | 2024-12-05
            2024-12-06 | Troops left on Thursday, to the relief of residents. | Thursday | DATE | 2024-12-05
            2024-12-09 | Both signed a truce on Friday under which they will withdraw. | Friday | DATE | 2024-12-06
            # relative expressions
            2024-12-05 | Two soldiers were killed two days ago.     | two days ago     | DATE | 2024-12-03
            2024-12-20 | Prices rose earlier this month.            | earlier this month | DATE | 2024-12
            2024-12-05 | More rain is forecast for the coming days. | the coming days  | DATE | FUTURE_REF
            2024-12-05 | Shelling continued overnight.              | overnight        | TIME | 2024-12-04TNI
            2024-12-05 | Police cleared the square this morning.    | this morning     | TIME | 2024-12-05TMO
            2024-12-05 | Clashes broke out last night.              | last night       | TIME | 2024-12-04TNI
            2024-12-05 | The strike ended three months ago.         | three months ago | DATE | 2024-09
            2024-12-05 | The truce was signed 10 years ago.         | 10 years ago     | DATE | 2014
            2024-12-05 | Elections are due in mid-2025.             | mid-2025         | DATE | 2025
            2024-12-05 | The dam was finished in mid-2023.          | mid-2023         | DATE | 2023
            2025-01-15 | The plant closed last fall.                | last fall        | DATE | 2024-FA
            2024-10-15 | The plant closed last fall.                | last fall        | DATE | 2023-FA
            2024-12-05 | Aid will resume this summer.               | this summer      | DATE | 2024-SU
            2024-12-05 | The talks ended in January nineteen ninety-seven. | January nineteen ninety-seven | DATE | 1997-01
            # absolute dates
            2024-12-05 | The accord was signed on December 2, 2024. | December 2, 2024 | DATE | 2024-12-02
            2024-12-05 | The accord was signed on 2 Dec. 2024.      | 2 Dec. 2024      | DATE | 2024-12-02
            2024-12-05 | The accord was signed in March 2023.       | March 2023       | DATE | 2023-03
            2024-12-05 | The party was founded in 1998.             | 1998             | DATE | 1998
            2024-12-05 | The conflict dates back to the 1990s.      | the 1990s        | DATE | 199
            2024-12-05 | The attack took place on 12/02/2024.       | 12/02/2024       | DATE | 2024-12-02
            2024-03-01 | The attack took place on 12/02/2024.       | 12/02/2024       | DATE | 2024-02-12
            2024-12-05 | It was logged as 2024-11-30 in the record. | 2024-11-30       | DATE | 2024-11-30
            2024-10-25 | Profit fell in the third quarter.          | the third quarter | DATE | 2024-Q3
            2025-01-20 | Fourth-quarter sales slumped.              | Fourth-quarter   | DATE | 2024-Q4
            2024-12-05 | Crowds are expected on Christmas Eve.      | Christmas Eve    | DATE | 2024-12-24
            2025-01-10 | Crowds gathered on Christmas Eve.          | Christmas Eve    | DATE | 2024-12-24
            2024-12-05 | It was the worst war of the 20th century.   | the 20th century | DATE | 19
            2024-12-05 | Troops will leave by the end of the month. | the end of the month | DATE | 2024-12
            2024-12-05 | Sales grew in the current fiscal year.     | the current fiscal year | DATE | 2024
            2024-12-05 | The law took effect on 05.12.2024.         | 05.12.2024       | DATE | 2024-12-05
            # times
            2024-12-05 | The strike hit at 0600 GMT on Tuesday.     | 0600 GMT on Tuesday | TIME | 2024-12-03T06:00
            2024-12-05 | The blast came at 10:30 a.m. Tuesday.      | 10:30 a.m. Tuesday | TIME | 2024-12-03T10:30
            2024-12-05 | Curfew starts at 9 p.m.                    | 9 p.m.           | TIME | 2024-12-05T21:00
            2024-12-05 | The deadline expires at noon Friday.       | noon Friday      | TIME | 2024-12-06T12:00
            # durations
            2024-12-05 | The ceasefire lasted a week.               | a week           | DURATION | P1W
            2024-12-05 | Fighting raged for three days.             | three days       | DURATION | P3D
            2024-12-05 | The meeting lasted two hours.              | two hours        | DURATION | PT2H
            2024-12-05 | The siege lasted 5 1/2 hours.              | 5 1/2 hours      | DURATION | PT5H30M
            2024-12-05 | Prices doubled over the past two months.   | the past two months | DURATION | P2M
            2024-12-05 | He served a five-year term.                | five-year        | DURATION | P5Y
            2024-12-05 | The dispute has lasted for years.          | years            | DURATION | PXY
            2024-12-05 | The camp has stood for more than a decade. | more than a decade | DURATION | P10Y
            # sets
            2024-12-05 | Protesters gather every Friday.            | every Friday     | SET | XXXX-WXX-5
            2024-12-05 | The paper is published daily.              | daily            | SET | P1D
            2024-12-05 | Inspections take place each month.         | each month       | SET | P1M
            2024-12-05 | The state pays $5 million a year.          | a year           | SET | P1Y
            2024-12-05 | The market opens on Mondays.               | Mondays          | SET | XXXX-WXX-1
            # fuzzy references
            2024-12-05 | The camp was recently expanded.            | recently         | DATE | PAST_REF
            2024-12-05 | The town is now under curfew.              | now              | DATE | PRESENT_REF
            2024-12-05 | Talks may resume in the future.            | the future       | DATE | FUTURE_REF
            2024-12-05 | Reinforcements will arrive soon.           | soon             | DATE | FUTURE_REF
            2024-12-05 | Attacks have multiplied in recent weeks.   | recent weeks     | DURATION | PXW
            """)
    void resolvesAgainstThePublicationDate(String published, String sentence, String expression, String type,
                                           String value) {
        DateMention m = only(tagger.tag(sentence, LocalDate.parse(published)), sentence, expression);
        assertEquals(type, m.type(), sentence);
        assertEquals(value, m.value(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Troops arrived on Thursday.               | Thursday         | XXXX-WXX-4 | day
            Protests spread last week.                | last week        | XXXX-WXX   | week
            Two soldiers were killed two days ago.    | two days ago     | XXXX-XX-XX | day
            Exports slumped last month.               | last month       | XXXX-XX    | month
            The accord was signed on December 2, 2024. | December 2, 2024 | 2024-12-02 | day
            The party was founded in 1998.            | 1998             | 1998       | year
            """)
    void withoutPublicationDateOnlyAbsoluteExpressionsAreResolved(String sentence, String expression, String value,
                                                                  String precision) {
        DateMention m = only(tagger.tag(sentence, null), sentence, expression);
        assertEquals(value, m.value());
        assertEquals(precision, m.precision());
    }

    @Test
    void dayFirstWhenTheArticleWritesAnUnambiguousDayFirstDate() {
        String text = "He was freed on 25/11/2024 and arrested again on 12/02/2024.";
        List<DateMention> found = tagger.tag(text, LocalDate.of(2024, 12, 5));
        assertEquals("2024-11-25", found.get(0).value());
        assertEquals("2024-02-12", found.get(1).value());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Fighting resumed on Friday, officials said.";
        DateMention m = tagger.tag(text, LocalDate.of(2024, 12, 9)).get(0);
        assertEquals("Friday", text.substring(m.start(), m.end()));
        assertEquals("day", m.precision());
    }

    @Test
    void ordinaryWordsAreNotDates() {
        String text = "You may march to the square, said the 52-year-old, as soon as the second bus of 1,500 "
                + "people arrives with a quarter of the aid and future supplies.";
        assertEquals(List.of(), tagger.tag(text, LocalDate.of(2024, 12, 5)));
    }

    @Test
    void theFollowingYearFollowsTheStoryNotThePublicationDate() {
        String text = "He was promoted in March 1995. The following month he moved, and the following year he retired.";
        List<DateMention> found = tagger.tag(text, LocalDate.of(2024, 12, 5));
        assertEquals("1995-04", found.get(1).value());
        assertEquals("1996", found.get(2).value());
    }

    @Test
    void theFollowingDayFollowsTheStory() {
        String text = "Fighting broke out on March 3, 2022. The following day the town fell.";
        assertEquals("2022-03-04", tagger.tag(text, LocalDate.of(2024, 12, 5)).get(1).value());
    }

    @Test
    void titlesAgesAndGenericTodayAreNotDates() {
        String text = "He spoke on \"This Week\" and \"60 Minutes\", aged 52 years old, about today's youth and Kopp's "
                + "1987 Chevrolet.";
        assertEquals(List.of(), tagger.tag(text, LocalDate.of(2024, 12, 5)));
    }

    @Test
    void textEndingInsideAnExpressionIsSafe() {
        for (String text : List.of("today's", "Dec.", "the", "5 1/", "10:", "a year-", "Friday,", "the 1990")) {
            tagger.tag(text, LocalDate.of(2024, 12, 5));
            tagger.tag(text, null);
        }
    }

    @Test
    void durationsHaveNoCalendarPrecision() {
        DateMention m = tagger.tag("The siege lasted three weeks.", LocalDate.of(2024, 12, 5)).get(0);
        assertEquals("P3W", m.value());
        assertNull(m.precision());
    }

    @Test
    void aYearEarlierInEarningsNewsIsTheSameQuarterLastYear() {
        String text = "Profit rose in the third quarter. A year earlier, the company lost money.";
        List<DateMention> found = tagger.tag(text, LocalDate.of(2024, 10, 25));
        assertEquals("2024-Q3", found.get(0).value());
        assertEquals("2023-Q3", found.get(1).value());
    }

    private static DateMention only(List<DateMention> found, String sentence, String expression) {
        for (DateMention m : found) {
            if (m.text().equals(expression)) {
                assertTrue(sentence.substring(m.start(), m.end()).equals(expression));
                return m;
            }
        }
        fail("'" + expression + "' not found in '" + sentence + "': " + found);
        return null;
    }
}
