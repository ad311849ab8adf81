package io.dateline.eval.events;

/**
 * One PLOVER gold record: the sentence, its event type as the file spells it (PLOVER 0.5, 2016) and its mode, or null
 * when the record has none (absent or empty).
 */
public record PloverItem(String id, String text, String eventType, String mode) {
}
