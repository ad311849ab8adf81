package io.dateline.events;

/**
 * Unit-length exemplar vectors as one contiguous block of int8 rows, each with its own scale: the precision the
 * exemplar caches are stored in, in a quarter of the memory of float rows. Between two queries the embedding model
 * streams its weights through the caches; a small contiguous block comes back from memory far faster than a
 * thousand scattered float arrays, and the similarity scan was a sixth of the event stage's time.
 */
final class ExemplarMatrix {
    private final byte[] rows;
    private final float[] scales;
    private final int dim;

    /** Quantises each vector to int8 (scale: its largest magnitude / 127) and rescales it to unit length. */
    ExemplarMatrix(float[][] vectors) {
        dim = vectors.length == 0 ? 0 : vectors[0].length;
        rows = new byte[vectors.length * dim];
        scales = new float[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            float max = 1e-9f;
            for (float x : vectors[i]) {
                max = Math.max(max, Math.abs(x));
            }
            float step = max / 127f;
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                byte q = (byte) Math.round(vectors[i][d] / step);
                rows[i * dim + d] = q;
                norm += (double) q * q;
            }
            scales[i] = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        }
    }

    int size() {
        return scales.length;
    }

    /**
     * Dot product of a unit-length query with row {@code i}; four running sums, so that the additions do not wait on
     * each other (the JIT keeps float order as written).
     */
    float dot(float[] query, int i) {
        int offset = i * dim;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = dim & ~3;
        int d = 0;
        for (; d < n; d += 4) {
            s0 += query[d] * rows[offset + d];
            s1 += query[d + 1] * rows[offset + d + 1];
            s2 += query[d + 2] * rows[offset + d + 2];
            s3 += query[d + 3] * rows[offset + d + 3];
        }
        for (; d < dim; d++) {
            s0 += query[d] * rows[offset + d];
        }
        return ((s0 + s1) + (s2 + s3)) * scales[i];
    }
}
