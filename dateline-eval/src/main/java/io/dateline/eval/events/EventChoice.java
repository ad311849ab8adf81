package io.dateline.eval.events;

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
}
