package io.dateline.events;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExemplarCacheTest {
    @Test
    void shippedCachesMatchTheExemplars() {
        for (String name : EventModels.EXEMPLAR_SETS) {
            assertTrue(ExemplarIndex.cacheIsFresh(name, MiniLmEmbedder.instance()),
                    name + ".vec is stale: run io.dateline.events.ExemplarCacheTool");
        }
    }

    @Test
    void theModelGivesTheCachedVectors() {
        // the caches were made through langchain4j's encoder; our direct ONNX Runtime call must agree with them
        String name = EventModels.EXEMPLAR_SETS[0];
        List<Exemplar> exemplars = ExemplarIndex.readExemplars(name + ".tsv");
        float[][] cached = ExemplarIndex.readCache(name + ".vec",
                ExemplarIndex.cacheKey(exemplars, MiniLmEmbedder.instance()), exemplars.size());
        for (int i : new int[]{0, exemplars.size() / 2, exemplars.size() - 1}) {
            float[] now = MiniLmEmbedder.instance().embed(exemplars.get(i).sentence());
            assertEquals(1.0, dot(now, cached[i]), 1e-4, exemplars.get(i).sentence());
        }
    }

    @Test
    void vectorsSurviveTheRoundTrip() throws IOException {
        float[][] vectors = {Vectors.normalised(new float[]{0.1f, -0.7f, 0.2f}), Vectors.normalised(new float[]{1, 0, 0})};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExemplarIndex.writeVectors(out, "key", vectors);
        float[][] back = ExemplarIndex.readVectors(new DataInputStream(new ByteArrayInputStream(out.toByteArray())),
                "key", 2);
        assertEquals(1.0, dot(vectors[0], back[0]), 1e-3);
        assertEquals(1.0, dot(vectors[1], back[1]), 1e-3);
    }

    @Test
    void otherKeyIsStale() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExemplarIndex.writeVectors(out, "key", new float[][]{{1, 0}});
        assertNull(ExemplarIndex.readVectors(new DataInputStream(new ByteArrayInputStream(out.toByteArray())),
                "other", 1));
    }

    @Test
    void everyExemplarLabelIsAClass() {
        for (Exemplar e : ExemplarIndex.readExemplars("acled-exemplars.tsv")) {
            EventClass.valueOf(e.label());
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
