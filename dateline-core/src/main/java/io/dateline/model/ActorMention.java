package io.dateline.model;

/** An actor named in the text, with its ACLED-style kind and ISO-2 country (null when unknown). */
public record ActorMention(int start, int end, String text, String name, String kind, String country) {
}
