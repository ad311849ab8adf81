package io.dateline.events;

/** Turns a sentence into a unit-length vector; similar meanings give a high dot product. Thread-safe. */
public interface SentenceEmbedder {
    float[] embed(String sentence);

    /** Identifies the model, so that cached vectors made with another model are not reused. */
    String modelId();
}
