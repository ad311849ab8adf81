package io.dateline.eval.events;

import java.util.Locale;
import java.util.Map;

/**
 * PLOVER event types in the 2021 taxonomy (manual draft 0.8, the one {@code cameo-to-plover-2021.txt} maps to).
 * The gold file predates it (PLOVER 0.5, 2016), where four types had other names; scoring compares both sides after
 * this renaming, taken from the 2021 CAMEO table: DEMAND &rarr; REQUEST (CAMEO 10), DISAPPROVE &rarr; ACCUSE (11),
 * INVESTIGATE &rarr; ACCUSE (09), FIGHT &rarr; ASSAULT (19). Other names are only upper-cased.
 */
public final class PloverTypes {
    private static final Map<String, String> RENAMED_IN_2021 = Map.of(
            "DEMAND", "REQUEST",
            "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE",
            "FIGHT", "ASSAULT");

    private PloverTypes() {
    }

    /** The 2021 name of a type, or null for null/blank. */
    public static String normalise(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String upper = type.strip().toUpperCase(Locale.ROOT);
        return RENAMED_IN_2021.getOrDefault(upper, upper);
    }

    /** A mode as compared: lower case, trimmed; null for null/blank. */
    public static String normaliseMode(String mode) {
        return mode == null || mode.isBlank() ? null : mode.strip().toLowerCase(Locale.ROOT);
    }
}
