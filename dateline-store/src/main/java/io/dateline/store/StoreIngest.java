package io.dateline.store;

import io.dateline.batch.BatchAnnotator;
import io.dateline.batch.BatchResult;
import io.dateline.batch.Progress;
import io.dateline.ingest.IngestProblem;
import io.dateline.model.AnnotatedArticle;

import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the pipeline over inputs and writes the articles to the store, one transaction per batch: a crash loses at
 * most the batch in flight, and running again completes the work without duplicates (writes are idempotent).
 */
public final class StoreIngest {
    /** Large ingests end by re-sorting merged events for fast date and country filters. */
    private static final int COMPACT_AFTER_EVENTS = 50_000;
    private final BatchAnnotator annotator;
    private final EventStore store;
    private final int batchSize;

    public StoreIngest(BatchAnnotator annotator, EventStore store, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.annotator = annotator;
        this.store = store;
        this.batchSize = batchSize;
    }

    public record Result(BatchResult batch, int added, int replaced, int unchanged, int events) {
    }

    public Result run(List<String> inputs, InputStream stdin, Consumer<IngestProblem> problems, Progress progress) {
        List<AnnotatedArticle> pending = new ArrayList<>(batchSize);
        int[] totals = new int[4];
        BatchResult batch = annotator.run(inputs, stdin, a -> a, article -> {
            pending.add(article);
            if (pending.size() >= batchSize) {
                flush(pending, totals);
            }
        }, problems, progress);
        flush(pending, totals);
        if (totals[3] >= COMPACT_AFTER_EVENTS) {
            try {
                store.compact();
            } catch (SQLException e) {
                throw new IllegalStateException("store compaction failed: " + e.getMessage(), e);
            }
        }
        return new Result(batch, totals[0], totals[1], totals[2], totals[3]);
    }

    private void flush(List<AnnotatedArticle> pending, int[] totals) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            WriteResult written = store.write(pending);
            totals[0] += written.added();
            totals[1] += written.replaced();
            totals[2] += written.unchanged();
            totals[3] += written.events();
        } catch (SQLException e) {
            throw new IllegalStateException("store write failed: " + e.getMessage(), e);
        }
        pending.clear();
    }
}
