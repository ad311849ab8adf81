package io.dateline.events;

import io.dateline.model.DateMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventDaterTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 5);

    @Test
    void dayInClauseIsPrecise() {
        List<DateMention> dates = List.of(new DateMention(3, 19, "December 2, 2024", "DATE", "2024-12-02", "day"));
        EventDater.Dating d = EventDater.date(dates, 0, 100, 40, PUBLISHED);
        assertEquals("2024-12-02", d.date());
        assertEquals(1, d.precision());
    }

    @Test
    void rangeIsDatedToItsFirstDay() {
        // "Between 15 and 16 July 2024, a mob attacked ..."
        List<DateMention> dates = List.of(new DateMention(8, 10, "15", "DATE", "2024-07-15", "day"),
                new DateMention(15, 27, "16 July 2024", "DATE", "2024-07-16", "day"));
        assertEquals("2024-07-15", EventDater.date(dates, 0, 100, 45, PUBLISHED).date());
    }

    @Test
    void twoSeparateDaysKeepTheCloserOne() {
        // "On 15 July talks failed; on 16 July 2024 a mob attacked ..."
        List<DateMention> dates = List.of(new DateMention(3, 10, "15 July", "DATE", "2024-07-15", "day"),
                new DateMention(28, 40, "16 July 2024", "DATE", "2024-07-16", "day"));
        assertEquals("2024-07-16", EventDater.date(dates, 0, 100, 50, PUBLISHED).date());
    }

    @Test
    void weekIsItsMiddleWithPrecisionTwo() {
        List<DateMention> dates = List.of(new DateMention(0, 9, "Last week", "DATE", "2024-W48", "week"));
        EventDater.Dating d = EventDater.date(dates, 0, 100, 20, PUBLISHED);
        assertEquals("2024-11-27", d.date());
        assertEquals(2, d.precision());
    }

    @Test
    void monthIsItsMiddleWithPrecisionThree() {
        EventDater.Dating d = EventDater.date(List.of(new DateMention(0, 8, "November", "DATE", "2024-11", "month")),
                0, 100, 20, PUBLISHED);
        assertEquals("2024-11-15", d.date());
        assertEquals(3, d.precision());
    }

    @Test
    void noDateFallsBackToPublicationWithLowerPrecision() {
        EventDater.Dating d = EventDater.date(List.of(), 0, 100, 20, PUBLISHED);
        assertEquals("2024-12-05", d.date());
        assertEquals(2, d.precision());
    }

    @Test
    void nothingKnownIsNull() {
        assertNull(EventDater.date(List.of(), 0, 100, 20, null).date());
    }

    @Test
    void clauseDateWinsOverCloserDateElsewhere() {
        List<DateMention> dates = List.of(new DateMention(0, 8, "Thursday", "DATE", "2024-12-05", "day"),
                new DateMention(60, 66, "Friday", "DATE", "2024-12-06", "day"));
        assertEquals("2024-12-06", EventDater.date(dates, 50, 100, 45, PUBLISHED).date());
    }

    @Test
    void durationsAreIgnored() {
        List<DateMention> dates = List.of(new DateMention(0, 8, "48 hours", "DURATION", "PT48H", null));
        assertEquals(2, EventDater.date(dates, 0, 100, 20, PUBLISHED).precision());
    }

    @Test
    void aTimeThatNamesItsDayDatesTheEventButABareTimeDoesNot() {
        List<DateMention> evening = List.of(new DateMention(10, 27, "yesterday evening", "TIME", "2024-12-04TEV", null));
        assertEquals("2024-12-04", EventDater.date(evening, 0, 100, 40, PUBLISHED).date());
        assertEquals(1, EventDater.date(evening, 0, 100, 40, PUBLISHED).precision());
        List<DateMention> midday = List.of(new DateMention(10, 16, "midday", "TIME", "2024-12-05T12:00", null));
        assertEquals(2, EventDater.date(midday, 0, 100, 40, PUBLISHED).precision());
    }
}
