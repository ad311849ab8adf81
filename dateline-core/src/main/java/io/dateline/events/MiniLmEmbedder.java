package io.dateline.events;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 model shipped inside the langchain4j Maven artifact (ONNX, Apache-2.0, offline).
 * Loading takes about half a second, so the model is loaded once, lazily, on the first sentence that needs it.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    /** Long inputs cost time and MiniLM was trained on short ones: keep the head of long clauses. */
    private static final int MAX_CHARS = 400;

    private volatile EmbeddingModel model;

    private MiniLmEmbedder() {
    }

    public static MiniLmEmbedder instance() {
        return INSTANCE;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public float[] embed(String sentence) {
        String input = sentence.length() > MAX_CHARS ? sentence.substring(0, MAX_CHARS) : sentence;
        return Vectors.normalised(model().embed(input).content().vector());
    }

    @Override
    public String modelId() {
        return "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";
    }
}
