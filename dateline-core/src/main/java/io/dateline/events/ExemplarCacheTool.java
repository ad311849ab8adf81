package io.dateline.events;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the exemplar vector caches after the exemplar files change:
 * {@code java -cp ... io.dateline.events.ExemplarCacheTool dateline-core/src/main/resources/io/dateline/events}.
 */
public final class ExemplarCacheTool {
    private ExemplarCacheTool() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "dateline-core/src/main/resources/io/dateline/events");
        SentenceEmbedder embedder = MiniLmEmbedder.instance();
        for (String name : EventModels.EXEMPLAR_SETS) {
            List<Exemplar> exemplars = ExemplarIndex.readExemplars(name + ".tsv");
            float[][] vectors = ExemplarIndex.embedAll(exemplars, embedder);
            try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".vec"))) {
                ExemplarIndex.writeVectors(out, ExemplarIndex.cacheKey(exemplars, embedder), vectors);
            }
            System.out.println(name + ": " + exemplars.size() + " exemplars");
        }
    }
}
