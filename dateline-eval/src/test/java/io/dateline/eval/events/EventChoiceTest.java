package io.dateline.eval.events;

import io.dateline.model.Event;
import io.dateline.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dateline.eval.events.TestEvents.coded;
import static io.dateline.eval.events.TestEvents.located;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventChoiceTest {
    @Test
    void mostConfidentWinsAndTheFirstBreaksTies() {
        Event a = coded("crime", null, 0.5);
        Event b = coded("claim", null, 0.7);
        Event c = coded("diplomacy", null, 0.7);
        assertSame(b, EventChoice.mostConfident(List.of(a, b, c)).orElseThrow());
        assertSame(a, EventChoice.mostConfident(List.of(a, coded("claim", null, 0.5))).orElseThrow());
        assertTrue(EventChoice.mostConfident(List.of()).isEmpty());
    }

    @Test
    void eventAtTheTargetWinsOverAMoreConfidentOne() {
        Event far = located(new Span(0, 10), null, 0.9);
        Event near = located(new Span(20, 40), null, 0.2);
        assertSame(near, EventChoice.mostConfidentAt(List.of(far, near), new Span(25, 30)).orElseThrow());
        assertSame(far, EventChoice.mostConfidentAt(List.of(far, near), new Span(50, 55)).orElseThrow());
        assertSame(far, EventChoice.mostConfidentAt(List.of(far, near), null).orElseThrow());
    }
}
