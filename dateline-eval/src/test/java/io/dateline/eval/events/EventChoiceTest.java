package io.dateline.eval.events;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
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

    @Test
    void leadEventIsTheBestOfTheFirstSentenceWithEvents() {
        String text = "Markets were calm. Gunmen raided a bank. Police later arrested two suspects.";
        Event raid = located(new Span(19, 40), null, 0.4);
        Event arrest = located(new Span(41, 76), null, 0.9);
        AnnotatedArticle article = AnnotatedArticle.of(new Article("t", "t", null, null, null, text, List.of(), null))
                .withSentences(List.of(new Span(0, 18), new Span(19, 40), new Span(41, 76)))
                .withEvents(List.of(arrest, raid));
        assertSame(raid, EventChoice.lead(article).orElseThrow());
        assertTrue(EventChoice.lead(article.withEvents(List.of())).isEmpty());
    }
}
