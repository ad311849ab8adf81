package io.dateline.events;

/** Reported fatalities and injuries of one event; null means not reported, 0 means reported as none. */
public record Casualties(Integer fatalities, Integer injured) {
    public static final Casualties NONE = new Casualties(null, null);

    /** The counts of two stretches told of one event: each the larger where both give one. */
    static Casualties either(Casualties a, Casualties b) {
        return new Casualties(larger(a.fatalities, b.fatalities), larger(a.injured, b.injured));
    }

    private static Integer larger(Integer x, Integer y) {
        return x == null ? y : y == null ? x : Integer.valueOf(Math.max(x, y));
    }
}
