package io.dateline.model;

/** An actor as it takes part in an event. */
public record EventActor(String text, String name, String kind, String country) {
}
