package io.dateline.events;

import io.dateline.model.ArticleIds;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exemplar sentences with their embeddings, and a soft nearest-neighbour score per label: the mean similarity of the
 * query to the label's k closest exemplars. Embedding hundreds of exemplars takes seconds, so the vectors are cached
 * in a resource next to the sentences ({@code NAME.vec}, int8 per dimension), keyed by a hash of the sentences and
 * the model; a stale or missing cache is recomputed at start (slower start, same results).
 */
public final class ExemplarIndex {
    private static final int MAGIC = 0x44564543;
    private static final int K = 12;

    private final List<Exemplar> exemplars;
    private final ExemplarMatrix vectors;
    private final String[] labels;
    private final int[] labelOf;

    private ExemplarIndex(List<Exemplar> exemplars, float[][] vectors) {
        this.exemplars = List.copyOf(exemplars);
        this.vectors = new ExemplarMatrix(vectors);
        Map<String, Integer> ids = new LinkedHashMap<>();
        labelOf = new int[exemplars.size()];
        for (int i = 0; i < exemplars.size(); i++) {
            labelOf[i] = ids.computeIfAbsent(exemplars.get(i).label(), k -> ids.size());
        }
        labels = ids.keySet().toArray(new String[0]);
    }

    /** Loads NAME.tsv (and its NAME.vec cache when fresh) from this package's resources. */
    public static ExemplarIndex load(String name, SentenceEmbedder embedder) {
        List<Exemplar> exemplars = readExemplars(name + ".tsv");
        String key = cacheKey(exemplars, embedder);
        float[][] cached = readCache(name + ".vec", key, exemplars.size());
        if (cached == null) {
            System.err.println("dateline: exemplar cache " + name + ".vec is stale or missing; embedding "
                    + exemplars.size() + " exemplars (regenerate with io.dateline.events.ExemplarCacheTool)");
            cached = embedAll(exemplars, embedder);
        }
        return new ExemplarIndex(exemplars, cached);
    }

    /** True when NAME.vec holds the vectors of the current NAME.tsv for this model (no embedding at start). */
    public static boolean cacheIsFresh(String name, SentenceEmbedder embedder) {
        List<Exemplar> exemplars = readExemplars(name + ".tsv");
        return readCache(name + ".vec", cacheKey(exemplars, embedder), exemplars.size()) != null;
    }

    static float[][] embedAll(List<Exemplar> exemplars, SentenceEmbedder embedder) {
        float[][] out = new float[exemplars.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = embedder.embed(exemplars.get(i).sentence());
        }
        return out;
    }

    public static List<Exemplar> readExemplars(String resource) {
        try (InputStream in = ExemplarIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Exemplar> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length == 2) {
                    out.add(new Exemplar(cols[0].trim(), null, cols[1].trim()));
                } else if (cols.length == 3) {
                    String mode = cols[1].trim();
                    out.add(new Exemplar(cols[0].trim(), mode.equals("-") ? null : mode, cols[2].trim()));
                } else {
                    throw new IllegalArgumentException(resource + ": bad exemplar line: " + line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cacheKey(List<Exemplar> exemplars, SentenceEmbedder embedder) {
        StringBuilder sb = new StringBuilder(embedder.modelId());
        for (Exemplar e : exemplars) {
            sb.append('\n').append(e.sentence());
        }
        return ArticleIds.sha256Hex(sb.toString());
    }

    static float[][] readCache(String resource, String key, int count) {
        try (InputStream in = ExemplarIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return readVectors(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())), key, count);
        } catch (IOException e) {
            return null;
        }
    }

    static float[][] readVectors(DataInputStream in, String key, int count) throws IOException {
        if (in.readInt() != MAGIC || !in.readUTF().equals(key)) {
            return null;
        }
        int n = in.readInt();
        int dim = in.readInt();
        if (n != count) {
            return null;
        }
        float[][] out = new float[n][dim];
        byte[] row = new byte[dim];
        for (int i = 0; i < n; i++) {
            float scale = in.readFloat();
            in.readFully(row);
            for (int d = 0; d < dim; d++) {
                out[i][d] = row[d] * scale;
            }
            out[i] = Vectors.normalised(out[i]);
        }
        return out;
    }

    static void writeVectors(OutputStream os, String key, float[][] vectors) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeUTF(key);
        out.writeInt(vectors.length);
        int dim = vectors.length == 0 ? 0 : vectors[0].length;
        out.writeInt(dim);
        for (float[] v : vectors) {
            float max = 1e-9f;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            float scale = max / 127f;
            out.writeFloat(scale);
            byte[] row = new byte[dim];
            for (int d = 0; d < dim; d++) {
                row[d] = (byte) Math.round(v[d] / scale);
            }
            out.write(row);
        }
        out.flush();
    }

    /** Labels in order of first appearance in the exemplar file. */
    public List<String> labels() {
        return Arrays.asList(labels);
    }

    public List<Exemplar> exemplars() {
        return exemplars;
    }

    /** Per label (same order as {@link #labels()}), the mean similarity of the K nearest exemplars of that label. */
    public double[] scores(float[] query) {
        // the clauses of one sentence share its embedding and ask again: answer them from the last query
        Memo memo = lastQuery.get();
        if (memo != null && memo.query() == query) {
            return memo.scores().clone();
        }
        double[] out = computeScores(query);
        lastQuery.set(new Memo(query, out));
        return out.clone();
    }

    private record Memo(float[] query, double[] scores) {
    }

    private final ThreadLocal<Memo> lastQuery = new ThreadLocal<>();

    private double[] computeScores(float[] query) {
        double[][] top = new double[labels.length][K];
        for (double[] t : top) {
            Arrays.fill(t, -1);
        }
        for (int i = 0; i < vectors.size(); i++) {
            double s = vectors.dot(query, i);
            double[] t = top[labelOf[i]];
            if (s > t[K - 1]) {
                int j = K - 1;
                while (j > 0 && t[j - 1] < s) {
                    t[j] = t[j - 1];
                    j--;
                }
                t[j] = s;
            }
        }
        double[] out = new double[labels.length];
        for (int c = 0; c < labels.length; c++) {
            double sum = 0;
            int n = 0;
            for (double v : top[c]) {
                if (v > -1) {
                    sum += v;
                    n++;
                }
            }
            out[c] = n == 0 ? 0 : sum / n;
        }
        return out;
    }

    /** The mode of the exemplar of {@code label} most similar to the query, or null. */
    public String nearestMode(float[] query, String label) {
        double best = -2;
        String mode = null;
        for (int i = 0; i < vectors.size(); i++) {
            if (labels[labelOf[i]].equals(label)) {
                double s = vectors.dot(query, i);
                if (s > best) {
                    best = s;
                    mode = exemplars.get(i).mode();
                }
            }
        }
        return mode;
    }
}
