package io.dateline.eval.actors;

/**
 * One gold actor mention: its character span in the sentence, and the kind and country derivable from its CAMEO code
 * (null when the code does not say).
 */
public record GoldActor(int start, int end, String text, String kinds, String country) {
    /** True if the gold kind is known and {@code kind} is one of the accepted kinds (separated by |). */
    public boolean kindAccepts(String kind) {
        if (kinds == null || kind == null) {
            return false;
        }
        for (String k : kinds.split("\\|")) {
            if (k.equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
