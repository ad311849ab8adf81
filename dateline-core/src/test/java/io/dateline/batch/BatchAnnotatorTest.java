package io.dateline.batch;

import io.dateline.Dateline;
import io.dateline.clean.ArticleMaker;
import io.dateline.clean.ScrapedPageSegmenter;
import io.dateline.ingest.IngestProblem;
import io.dateline.ingest.Ingestor;
import io.dateline.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BatchAnnotatorTest {
    private static BatchResult run(String stdin, int threads, List<String> out, List<IngestProblem> problems) {
        BatchAnnotator batch = new BatchAnnotator(Ingestor.standard(),
                new ArticleMaker(new ScrapedPageSegmenter(), false, "2025-01-01"), Dateline.standardPipeline(), threads);
        return batch.run(List.of("-"), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                AnnotatedArticle::text, out::add, problems::add, Progress.none());
    }

    @Test
    void outputKeepsInputOrderOnSeveralThreads() {
        StringBuilder lines = new StringBuilder();
        List<String> expected = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            // Uneven sizes make workers finish out of order.
            String text = "Article " + i + " " + "word ".repeat(random.nextInt(400));
            expected.add(text);
            lines.append("{\"id\":\"").append(i).append("\",\"text\":\"").append(text).append("\"}\n");
        }
        List<String> out = new ArrayList<>();
        BatchResult result = run(lines.toString(), 4, out, new ArrayList<>());
        assertEquals(expected, out);
        assertEquals(2000, result.articles());
        assertEquals(0, result.skipped());
    }

    @Test
    void brokenLineIsCountedAsSkippedAndTheRestComesOut() {
        List<String> out = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        BatchResult result = run("{\"text\":\"one\"}\n{broken\n{\"text\":\"three\"}\n", 2, out, problems);
        assertEquals(List.of("one", "three"), out);
        assertEquals(1, result.skipped());
        assertEquals(2, problems.get(0).line());
        assertFalse(result.complete());
    }

    @Test
    void tokensAreCountedByWhitespace() {
        BatchResult result = run("{\"text\":\"three short words\"}\n{\"text\":\" two\\nwords \"}\n", 1,
                new ArrayList<>(), new ArrayList<>());
        assertEquals(5, result.tokens());
        assertEquals(WhitespaceTokens.count("a  b\tc"), 3);
    }
}
