package io.dateline.events;

/** Reported fatalities and injuries of one event; null means not reported, 0 means reported as none. */
public record Casualties(Integer fatalities, Integer injured) {
    public static final Casualties NONE = new Casualties(null, null);
}
