package io.dateline.events;

/**
 * What the classifier decided for one clause.
 *
 * @param eventClass the ACLED-style class (NONE when the text states no event)
 * @param margin     lead of the winning class over the runner-up, in score units (0 when unsure)
 * @param plover     PLOVER type, or null
 * @param ploverMode PLOVER mode, or null
 * @param trigger    the trigger of the winning class with the highest weight, or null
 */
public record Classification(EventClass eventClass, double score, double margin, String plover, String ploverMode,
                             Trigger trigger) {
}
