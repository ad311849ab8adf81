package io.dateline.eval.events;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Event;
import io.dateline.model.Span;

import java.util.List;
import java.util.Optional;

/**
 * Which of our events a one-label item is scored on: the most confident, the earliest on a tie (so with equal or no
 * confidences it is the first event).
 */
final class EventChoice {
    private EventChoice() {
    }

    static Optional<Event> mostConfident(List<Event> events) {
        Event best = null;
        for (Event e : events) {
            if (best == null || e.confidence() > best.confidence()) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The most confident event whose evidence overlaps {@code target} (the gold event's trigger), or, when none
     * does or there is no target, the most confident event of all.
     */
    static Optional<Event> mostConfidentAt(List<Event> events, Span target) {
        if (target != null) {
            Optional<Event> at = mostConfident(events.stream()
                    .filter(e -> e.evidence() != null && Spans.overlap(e.evidence(), target))
                    .toList());
            if (at.isPresent()) {
                return at;
            }
        }
        return mostConfident(events);
    }

    /**
     * The event a news text is about: the most confident event of the first sentence that has any, since a lead
     * reports the main event and later sentences add background and reactions; empty when there is no event.
     */
    static Optional<Event> lead(AnnotatedArticle article) {
        for (Span sentence : article.sentences()) {
            Optional<Event> best = mostConfident(article.events().stream()
                    .filter(e -> e.evidence() != null && e.evidence().start() >= sentence.start()
                            && e.evidence().start() < sentence.end())
                    .toList());
            if (best.isPresent()) {
                return best;
            }
        }
        return mostConfident(article.events());
    }
}
