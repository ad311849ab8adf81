package io.dateline.batch;

import io.dateline.clean.ArticleMaker;
import io.dateline.ingest.DocumentSink;
import io.dateline.ingest.IngestProblem;
import io.dateline.ingest.Ingestor;
import io.dateline.ingest.RawDocument;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.pipeline.Pipeline;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs ingest → clean → pipeline → render over a batch on all worker threads, and hands results to the caller in
 * input order. A bounded queue between the reader and the writer keeps memory constant however long the input.
 */
public final class BatchAnnotator {
    private static final int QUEUED_DOCUMENTS_PER_THREAD = 32;

    private final Ingestor ingestor;
    private final ArticleMaker maker;
    private final Pipeline pipeline;
    private final int threads;

    public BatchAnnotator(Ingestor ingestor, ArticleMaker maker, Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.ingestor = ingestor;
        this.maker = maker;
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /**
     * @param render   turns an annotated article into the output unit; runs on worker threads
     * @param output   receives rendered articles in input order, on the calling thread
     * @param problems receives input problems as they are found, from the reader or a worker thread
     */
    public <T> BatchResult run(List<String> inputs, InputStream stdin, Function<AnnotatedArticle, T> render,
                               Consumer<T> output, Consumer<IngestProblem> problems, Progress progress) {
        BlockingQueue<Future<List<T>>> inOrder = new ArrayBlockingQueue<>(threads * QUEUED_DOCUMENTS_PER_THREAD);
        Future<List<T>> endOfInput = CompletableFuture.completedFuture(null);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("dateline-worker"));
        BatchResult.Counter counter = new BatchResult.Counter();
        Thread reader = daemon("dateline-reader").newThread(() -> {
            try {
                ingestor.read(inputs, stdin, new DocumentSink() {
                    @Override
                    public void document(RawDocument document) {
                        counter.documents++;
                        put(inOrder, workers.submit(() -> annotate(document, render, counter, problems)));
                    }

                    @Override
                    public void problem(IngestProblem problem) {
                        counter.problem(problem);
                        problems.accept(problem);
                    }
                });
            } finally {
                put(inOrder, endOfInput);
            }
        });
        reader.start();
        try {
            while (true) {
                Future<List<T>> next = inOrder.take();
                if (next == endOfInput) {
                    break;
                }
                for (T item : next.get()) {
                    output.accept(item);
                }
                progress.update(counter.articles(), counter.tokens());
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation failed", e.getCause());
        } finally {
            workers.shutdownNow();
            progress.finish(counter.articles(), counter.tokens());
        }
        return counter.result();
    }

    private <T> List<T> annotate(RawDocument document, Function<AnnotatedArticle, T> render,
                                 BatchResult.Counter counter, Consumer<IngestProblem> problems) {
        List<T> rendered = new ArrayList<>();
        try {
            for (Article article : maker.articles(document)) {
                rendered.add(render.apply(pipeline.process(article)));
                counter.article(article.text());
            }
        } catch (RuntimeException | StackOverflowError e) {
            // One article the pipeline cannot handle must not stop the batch: report it and go on.
            IngestProblem problem = new IngestProblem(document.origin(), document.line(),
                    "could not annotate: " + e, true);
            counter.problem(problem);
            problems.accept(problem);
            return List.of();
        }
        return rendered;
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
