package io.dateline.eval.events;

import io.dateline.model.Span;

import java.util.List;

/**
 * One sentence of the event-location set: the event's trigger (VERB span, or null when not marked) and the spans
 * annotated as the event's location (empty when the sentence does not say where it happened). Offsets are
 * characters into {@code text}.
 */
public record EventLocationItem(String id, String text, Span verb, List<Span> locations) {
    public EventLocationItem {
        locations = List.copyOf(locations);
    }
}
