package io.dateline.dates;

import io.dateline.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-12-02       | 2024-12-02 | 2024-12-02 | DAY
            2024-12-03TNI    | 2024-12-03 | 2024-12-03 | TIME
            2024-12-03T10:30 | 2024-12-03 | 2024-12-03 | TIME
            2024-W49         | 2024-12-02 | 2024-12-08 | WEEK
            2025-W01         | 2024-12-30 | 2025-01-05 | WEEK
            2020-W53         | 2020-12-28 | 2021-01-03 | WEEK
            2024-W49-WE      | 2024-12-07 | 2024-12-08 | WEEKEND
            2024-W49-5       | 2024-12-06 | 2024-12-06 | DAY
            2024-02          | 2024-02-01 | 2024-02-29 | MONTH
            2023-02          | 2023-02-01 | 2023-02-28 | MONTH
            2024-Q4          | 2024-10-01 | 2024-12-31 | QUARTER
            2024-H1          | 2024-01-01 | 2024-06-30 | HALF
            2023-FA          | 2023-09-01 | 2023-11-30 | SEASON
            2024             | 2024-01-01 | 2024-12-31 | YEAR
            199              | 1990-01-01 | 1999-12-31 | DECADE
            """)
    void valuesBecomeDayRanges(String value, String first, String last, DatePrecision precision) {
        DateRange range = DateRange.parse(value).orElseThrow();
        assertEquals(LocalDate.parse(first), range.first());
        assertEquals(LocalDate.parse(last), range.last());
        assertEquals(precision, range.precision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAST_REF", "FUTURE_REF", "P1W", "XXXX-WXX-5", "XXXX-XX-XX", "2024-13", "2024-02-30", ""})
    void fuzzyAndUnderSpecifiedValuesHaveNoRange(String value) {
        assertTrue(DateRange.parse(value).isEmpty());
    }

    @Test
    void durationsAndSetsHaveNoRangeWhateverTheirValue() {
        assertTrue(DateRange.of(new DateMention(0, 6, "weekly", "SET", "P1W", null)).isEmpty());
        assertEquals(DatePrecision.MONTH,
                DateRange.of(new DateMention(0, 10, "last month", "DATE", "2024-11", "month")).orElseThrow().precision());
    }

    @ParameterizedTest
    @CsvSource({"2024-12-02, 1", "2024-12-02TNI, 1", "2024-W49, 2", "2024-W49-WE, 2", "2024-12, 3", "2024-Q4, 3",
            "2024, 3"})
    void acledTimePrecisionFollowsTheRange(String value, int expected) {
        assertEquals(expected, DateRange.parse(value).orElseThrow().acledTimePrecision());
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        DateRange week = DateRange.parse("2024-W49").orElseThrow();
        assertTrue(week.contains(LocalDate.of(2024, 12, 2)));
        assertTrue(week.contains(LocalDate.of(2024, 12, 8)));
        assertEquals(false, week.contains(LocalDate.of(2024, 12, 9)));
    }

    @Test
    void underSpecifiedValuesStillTellTheirPrecision() {
        assertEquals(DatePrecision.DAY, DateRange.precisionOf("XXXX-WXX-5"));
        assertEquals(DatePrecision.WEEK, DateRange.precisionOf("XXXX-WXX"));
        assertEquals(DatePrecision.MONTH, DateRange.precisionOf("XXXX-XX"));
        assertEquals(null, DateRange.precisionOf("PRESENT_REF"));
    }
}
