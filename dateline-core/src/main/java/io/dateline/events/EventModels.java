package io.dateline.events;

/**
 * The shared, immutable knowledge of event coding: the trigger lexicon and the two exemplar indexes. Built once per
 * JVM, on first use, so that a run that meets no candidate sentence never loads the embedding model.
 */
public final class EventModels {
    static final String[] EXEMPLAR_SETS = {"acled-exemplars", "plover-exemplars"};

    private final TriggerLexicon lexicon;
    private final SentenceEmbedder embedder;
    private final ExemplarIndex acled;
    private final ExemplarIndex plover;

    public EventModels(TriggerLexicon lexicon, SentenceEmbedder embedder, ExemplarIndex acled, ExemplarIndex plover) {
        this.lexicon = lexicon;
        this.embedder = embedder;
        this.acled = acled;
        this.plover = plover;
    }

    public static EventModels standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventModels STANDARD = new EventModels(TriggerLexicon.standard(), MiniLmEmbedder.instance(),
                ExemplarIndex.load(EXEMPLAR_SETS[0], MiniLmEmbedder.instance()),
                ExemplarIndex.load(EXEMPLAR_SETS[1], MiniLmEmbedder.instance()));
    }

    public TriggerLexicon lexicon() {
        return lexicon;
    }

    public SentenceEmbedder embedder() {
        return embedder;
    }

    public ExemplarIndex acled() {
        return acled;
    }

    public ExemplarIndex plover() {
        return plover;
    }
}
