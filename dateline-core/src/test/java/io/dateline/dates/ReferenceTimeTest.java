package io.dateline.dates;

import io.dateline.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Expressions whose value depends on what the story said before them or on TimeML's conventions: one table row per
 * rule, written by the team (publication date | text | the expression | expected value).
 */
class ReferenceTimeTest {
    private final DateTagger tagger = new DateTagger();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a named night is valued by its day; a morning or evening stays in the value
            2024-12-05 | Rockets fell on the city Tuesday night.                  | Tuesday night  | 2024-12-03
            2024-12-05 | The convoy left early Wednesday morning.                 | early Wednesday morning | 2024-12-04TMO
            2024-12-09 | The summit opens Thursday evening.                       | Thursday evening | 2024-12-12TEV
            # a plan seen from the past perfect is over: it looks back
            2024-12-09 | The offer had been due to expire Friday.                 | Friday         | 2024-12-06
            2024-12-09 | The offer is due to expire Friday.                       | Friday         | 2024-12-13
            # a year earlier: the same quarter when the story compares quarters, else the year
            2024-10-25 | Profit rose in the third quarter from a year earlier.    | a year earlier | 2023-Q3
            2024-10-25 | Profit rose in the third quarter. In the first nine months it fell from a year earlier. | a year earlier | 2023
            2024-10-25 | Third-quarter sales fell. Last year, profit fell from a year earlier. | a year earlier | 2023
            2024-10-25 | Profit rose in the third quarter. In the first nine months sales fell. In the year-ago quarter they rose. | the year-ago quarter | 2023-Q3
            2024-10-25 | Profit rose in the third quarter. In the first nine months net fell from the 2023 period. | the 2023 period | 2023
            2024-10-25 | Profit rose in the third quarter, against the 2023 period. | the 2023 period | 2023-Q3
            # the quarter ended a day: the calendar quarter holding most of it
            2024-10-25 | In the quarter ended July 31, sales rose.                | the quarter    | 2024-Q2
            # a quarter the clause looks forward to is a forecast, not the quarter being compared
            2024-11-02 | Profit rose in the third quarter. The storm will cause a fourth-quarter charge. Sales fell from a year ago. | a year ago | 2023-Q3
            2024-11-02 | The company reported a loss for the fourth quarter ended Sept. 30. Sales fell from a year ago. | a year ago | 2023-Q4
            # the quarter being compared, one year back
            2024-10-25 | Profit rose in the third quarter. For the quarter a year ago it fell. | the quarter a year ago | 2023-Q3
            2024-10-25 | Profit rose in the third quarter, against a loss in the corresponding period last year. | the corresponding period last year | 2023-Q3
            2024-10-25 | Profit rose in the third quarter. Sales for last year's quarter were lower. | last year's quarter | 2023-Q3
            # a time's day may follow an aside; the tense is read from the start of the whole expression
            2024-12-07 | The blast came at 10:35 a.m. (0735 GMT) Friday.          | 10:35 a.m. (0735 GMT) Friday | 2024-12-06T10:35
            2024-12-04 | The father will leave at four in the morning (4 a.m. EDT Thursday). | 4 a.m. EDT Thursday | 2024-12-05T04:00
            2024-12-04 | The convoy left at 4 in the morning.                     | 4 in the morning | 2024-12-04T04:00
            # days and weeks around a named day
            2024-12-05 | The day before last Tuesday's hearing, he fled.          | The day before last Tuesday | 2024-12-02
            2024-12-05 | The case may be heard the week of January 6.            | the week of January 6 | 2025-W02
            2024-12-09 | Stocks fell on Friday, Dec. 6, and rose from the previous Friday. | the previous Friday | 2024-11-29
            2024-12-09 | The truce began Nov. 30. The following Monday, talks resumed. | The following Monday | 2024-12-02
            # holidays by rule, at their occurrence nearest the publication date
            2024-03-20 | Pilgrims arrived as Easter week began.                   | Easter week    | 2024-W13
            2025-04-10 | Shops will close on Easter Monday.                        | Easter Monday  | 2025-04-21
            2024-10-25 | Violence will be a theme from now to Election Day.       | Election Day   | 2024-11-05
            2024-01-10 | Turnout was low on Christmas Day.                        | Christmas Day  | 2023-12-25
            # a second day of the same month; a month as a modifier after "the"
            2024-02-10 | The summit is on April 24 and 25.                        | 25             | 2024-04-25
            2024-07-20 | Between 15 and 16 July 2024, a mob attacked students.    | 15             | 2024-07-15
            2024-03-22 | From 18 to 20 March, militants burned houses.            | 18             | 2024-03-18
            2024-02-10 | The March accession makes them members.                  | March          | 2024-03
            # year-ago with its own quarter or length; the year before the story's year
            2024-10-25 | In the year-ago third quarter it lost money.            | the year-ago third quarter | 2023-Q3
            2025-01-20 | In the year-earlier fourth quarter it lost money.       | the year-earlier fourth quarter | 2023-Q4
            2024-10-25 | Net for the year-earlier nine months included a gain.  | the year-earlier nine months | P9M
            2024-10-25 | Sales fell to $3 million last year, from $4 million the year before. | the year before | 2022
            # "soon" in the future, not "was soon released"
            2024-10-25 | Prosecutors said they may soon seek an indictment.      | soon           | FUTURE_REF
            # the last weekend or week, not a length of time
            2024-12-05 | Protests erupted this past weekend.                     | this past weekend | 2024-W48-WE
            2024-12-05 | Protests erupted over the past weekend.                 | the past weekend | 2024-W48-WE
            2024-12-05 | Prices rose this past week.                             | this past week | 2024-W48
            # a passive takes its tense from the auxiliary
            2024-12-05 | Officials said the vote will be held on Sunday.         | Sunday         | 2024-12-08
            2024-12-05 | The vote was held on Sunday.                            | Sunday         | 2024-12-01
            # local time between a time and its day
            2024-12-05 | The strike came at 2 a.m. local time on Wednesday.      | 2 a.m. local time on Wednesday | 2024-12-04T02:00
            # short forms of quarters and halves
            2024-12-05 | Inflation hit 5% in Q3 2024, up from Q2.                | Q3 2024        | 2024-Q3
            2025-01-20 | Q4 results disappointed.                                | Q4             | 2024-Q4
            2024-12-05 | In H1 2025 sales should rise.                           | H1 2025        | 2025-H1
            2024-12-05 | The first quarter of next year will be hard.           | The first quarter of next year | 2025-Q1
            # halves of named years and decades
            2024-10-25 | Losses will last through the first two quarters of 2025.  | the first two quarters of 2025 | 2025-H1
            2024-10-25 | Output fell in the last six months of 2023.              | the last six months of 2023 | 2023-H2
            2024-10-25 | Sales were flat in the last half of the '80s.            | the last half of the '80s | 198
            """)
    void resolves(String published, String text, String expression, String value) {
        assertEquals(value, find(tagger.tag(text, LocalDate.parse(published)), text, expression).value(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Election officials counted the ballots.      | Election
            Police held 12 people on May 3 and 25 others. | 25
            The deal is worth 3 and 25 cents.            | 25
            It was signed on December 2, 2024 and 5.     | 5
            The Q35 model is not a quarter.              | Q35
            Water is H2O.                                | H2
            He was soon released from hospital.          | soon
            Cash from Miami soon became a flood.         | soon
            The figures were first reported by USA Today. | Today
            """)
    void wordsThatOnlyLookLikeDates(String text, String word) {
        for (DateMention m : tagger.tag(text, LocalDate.parse("2024-10-25"))) {
            if (m.text().equals(word)) {
                fail("'" + word + "' tagged in '" + text + "': " + m);
            }
        }
    }

    private static DateMention find(List<DateMention> found, String text, String expression) {
        for (DateMention m : found) {
            if (m.text().equals(expression)) {
                return m;
            }
        }
        return fail("'" + expression + "' not found in '" + text + "': " + found);
    }
}
