package io.dateline.model;

/** The layers of annotation a stage can require or provide. */
public enum Layer {
    TEXT, TOKENS, SENTENCES, PLACES, DATES, ACTORS, EVENTS
}
