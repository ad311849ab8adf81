package io.dateline.events;

/**
 * A trigger phrase found in a text.
 *
 * @param firstToken index of its first token
 * @param lastToken  index of its last token (inclusive)
 * @param target     what it points to: an {@link EventClass} name, or "P:TYPE" / "P:TYPE:mode" for a PLOVER type
 * @param weight     strength of the cue, about 0.3 (weak) to 1.5 (decisive)
 */
public record Trigger(int firstToken, int lastToken, String target, double weight) {
    public boolean isPlover() {
        return target.startsWith("P:");
    }
}
