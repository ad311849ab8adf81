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
            # a named day with its part: the day is the value
            2024-12-05 | Rockets fell on the city Tuesday night.                  | Tuesday night  | 2024-12-03
            2024-12-05 | The convoy left early Wednesday morning.                 | early Wednesday morning | 2024-12-04
            2024-12-09 | The summit opens Thursday evening.                       | Thursday evening | 2024-12-12
            # a year earlier: the same quarter when the story compares quarters, else the year
            2024-10-25 | Profit rose in the third quarter from a year earlier.    | a year earlier | 2023-Q3
            2024-10-25 | Profit rose in the third quarter. In the first nine months it fell from a year earlier. | a year earlier | 2023
            2024-10-25 | Third-quarter sales fell. Last year, profit fell from a year earlier. | a year earlier | 2023
            2024-10-25 | Profit rose in the third quarter. In the first nine months sales fell. In the year-ago quarter they rose. | the year-ago quarter | 2023-Q3
            """)
    void resolves(String published, String text, String expression, String value) {
        assertEquals(value, find(tagger.tag(text, LocalDate.parse(published)), text, expression).value(), text);
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
