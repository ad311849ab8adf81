package io.dateline.events;

/** One labelled example sentence written by the team: label is a class or PLOVER type, mode may be null. */
public record Exemplar(String label, String mode, String sentence) {
}
