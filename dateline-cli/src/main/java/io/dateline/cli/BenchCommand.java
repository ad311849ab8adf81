package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.batch.BatchResult;
import io.dateline.batch.Progress;
import io.dateline.batch.WhitespaceTokens;
import io.dateline.events.MiniLmEmbedder;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.output.AnnotationJson;
import io.dateline.pipeline.Pipeline;
import io.dateline.server.StoreBenchmark;
import io.dateline.text.NewsSentenceSplitter;
import io.dateline.text.NewsTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dateline bench [PATH...]}: throughput of the whole annotate path (ingest, cleaning, pipeline, JSON) and of
 * the tokenizer alone, time share per stage, peak heap and start-up time; with {@code --store-events}, the event
 * store and API instead. Speed goals are checked here, never by timed unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput, time per stage, peak heap and start-up (default corpus: the demo page).")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    AnnotateOptions options = new AnnotateOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Inputs as for annotate; default: the demo page.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--tokens", paramLabel = "N", description = "Whitespace tokens to process per measured run "
            + "(inputs are repeated to reach it; default ${DEFAULT-VALUE}).")
    long targetTokens = 3_000_000;

    @Option(names = "--store-events", paramLabel = "N", description = "Instead: benchmark the event store and API "
            + "with N synthetic events (in a temporary folder).")
    int storeEvents;

    @Option(names = "--requests", paramLabel = "N", description = "Requests per query kind with --store-events "
            + "(default ${DEFAULT-VALUE}).")
    int requests = 200;

    /** Keeps the tokenizer's results alive so the JIT cannot drop the measured work. */
    private volatile long blackhole;

    @Override
    public Integer call() throws Exception {
        if (storeEvents > 0) {
            return benchStore();
        }
        String error = options.validate();
        if (error != null) {
            System.err.println("dateline bench: " + error);
            return 2;
        }
        double startupSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        long t0 = System.nanoTime();
        Pipeline pipeline = Dateline.standardPipeline();
        // Stages may load resources on first use: start-up ends when one article has gone through.
        pipeline.process(new Article("warm-up", "0", null, null, "2025-01-01", "Troops entered Homs on Monday.",
                List.of(), null));
        startupSeconds += (System.nanoTime() - t0) / 1e9;
        Path demoFile = null;
        if (inputs.isEmpty()) {
            demoFile = Files.createTempFile("dateline-bench-demo", ".txt");
            try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.SAMPLE)) {
                Files.write(demoFile, in.readAllBytes());
            }
            inputs = List.of(demoFile.toString());
            if (options.published == null) {
                options.published = DemoCommand.SAMPLE_PUBLISHED;
            }
        }
        try {
            return measure(pipeline, startupSeconds);
        } finally {
            if (demoFile != null) {
                Files.deleteIfExists(demoFile);
            }
        }
    }

    private int benchStore() throws Exception {
        Path folder = Files.createTempDirectory("dateline-bench-store");
        try {
            StoreBenchmark.run(folder, storeEvents, requests, System.out);
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int measure(Pipeline pipeline, double startupSeconds) {
        // Warm-up pass: JIT, and the size of one pass over the inputs.
        List<String> texts = new ArrayList<>();
        BatchResult warm = run(pipeline, 1, texts);
        if (warm.tokens() == 0) {
            System.err.println("dateline bench: no text in the inputs");
            return 1;
        }
        int repeat = (int) Math.max(1, Math.min(1_000_000, (targetTokens + warm.tokens() - 1) / warm.tokens()));
        run(pipeline, Math.max(1, repeat / 4), null);

        Map<String, Long> stagesBefore = pipeline.timeByStage();
        MiniLmEmbedder.Usage modelBefore = MiniLmEmbedder.instance().usage();
        resetPeaks();
        long start = System.nanoTime();
        BatchResult result = run(pipeline, repeat, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = peakHeapBytes();
        MiniLmEmbedder.Usage model = MiniLmEmbedder.instance().usage().minus(modelBefore);
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        pipeline.timeByStage().forEach((stage, nanos) -> stageNanos.put(stage, nanos - stagesBefore.get(stage)));

        System.out.printf("Dateline bench: %d threads, %,d articles, %,d whitespace tokens, %.1f MB of text%n",
                options.threads, result.articles(), result.tokens(), result.characters() / 1e6);
        System.out.printf("  end to end (ingest → JSON):   %,12.0f tokens/s  %,10.0f articles/s%n",
                result.tokens() / seconds, result.articles() / seconds);
        System.out.printf("  tokenizer+splitter, 1 thread: %,12.0f tokens/s (whitespace tokens)%n",
                tokenizerTokensPerSecond(texts));
        System.out.printf("  start-up (JVM start to first article annotated): %.2f s%n", startupSeconds);
        System.out.printf("  peak heap: %.0f MB (max %d MB)%n", peakHeap / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        double workerNanos = seconds * 1e9 * options.threads;
        double inStages = 0;
        System.out.println("  share of worker time by stage (and its own rate):");
        for (Map.Entry<String, Long> stage : stageNanos.entrySet()) {
            inStages += stage.getValue();
            System.out.printf("    %-28s %5.1f %%  %,14.0f tokens/s per thread%n", stage.getKey(),
                    100 * stage.getValue() / workerNanos, result.tokens() / (stage.getValue() / 1e9));
        }
        System.out.printf("    %-28s %5.1f %%%n", "ingest, cleaning, JSON, idle", 100 * (1 - inStages / workerNanos));
        if (model.sentences() > 0) {
            System.out.printf("  event model: %,d sentences embedded (one per %,.0f tokens), %.1f wordpieces each, "
                            + "%.2f ms each per thread, %.1f %% of worker time%n", model.sentences(),
                    (double) result.tokens() / model.sentences(), (double) model.wordpieces() / model.sentences(),
                    model.nanos() / 1e6 / model.sentences(), 100 * model.nanos() / workerNanos);
        }
        return Problems.exitStatus("bench", result);
    }

    private BatchResult run(Pipeline pipeline, int repeat, List<String> keepTexts) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            all.addAll(inputs);
        }
        return options.batch(pipeline).run(all, InputStream.nullInputStream(), (AnnotatedArticle a) -> {
            if (keepTexts != null) {
                synchronized (keepTexts) {
                    keepTexts.add(a.text());
                }
            }
            return AnnotationJson.toLine(a);
        }, line -> blackhole += line.length(), Problems::report,
                new Progress(System.err, "bench", Progress.stderrIsTerminal()));
    }

    /** Tokenizer and splitter alone, one thread, over the articles of the warm-up pass: a warm round, then timed. */
    private double tokenizerTokensPerSecond(List<String> texts) {
        List<String> sample = new ArrayList<>(texts);
        Collections.shuffle(sample, new Random(1));
        long whitespaceTokens = 0;
        for (String text : sample) {
            whitespaceTokens += WhitespaceTokens.count(text);
        }
        int rounds = (int) Math.max(3, 3_000_000 / Math.max(1, whitespaceTokens));
        tokenize(sample, rounds);
        long start = System.nanoTime();
        tokenize(sample, rounds);
        return whitespaceTokens * (double) rounds / ((System.nanoTime() - start) / 1e9);
    }

    private void tokenize(List<String> texts, int rounds) {
        NewsTokenizer tokenizer = new NewsTokenizer();
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        long sentences = 0;
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                sentences += splitter.split(text, tokenizer.tokenize(text)).size();
            }
        }
        blackhole += sentences;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
