package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.batch.Progress;
import io.dateline.pipeline.Pipeline;
import io.dateline.store.EventStore;
import io.dateline.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline ingest PATH...}: annotate and store articles, events and mentions, merging across articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Annotate inputs and store them in the event store (idempotent; one transaction per batch).")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    AnnotateOptions options = new AnnotateOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default ${DEFAULT-VALUE}).")
    int batchSize = 200;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (recursive); - for stdin.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        String error = options.validate();
        if (error != null || batchSize < 1) {
            System.err.println("dateline ingest: " + (error != null ? error : "--batch must be at least 1"));
            return 2;
        }
        try (EventStore events = EventStore.open(store.data)) {
            StoreIngest ingester = ingester(options, Dateline.standardPipeline(), events, batchSize);
            StoreIngest.Result result = ingester.run(inputs, System.in, Problems::report,
                    new Progress(System.err, "ingest", Progress.stderrIsTerminal()));
            System.err.printf("dateline ingest: %d articles added, %d replaced, %d unchanged, %d events, in %s%n",
                    result.added(), result.replaced(), result.unchanged(), result.events(), store.data);
            return Problems.exitStatus("ingest", result.batch());
        }
    }

    static StoreIngest ingester(AnnotateOptions options, Pipeline pipeline, EventStore events, int batchSize) {
        return new StoreIngest(options.batch(pipeline), events, batchSize);
    }

    static StoreIngest.Result ingestStream(StoreIngest ingester, InputStream jsonLines) {
        return ingester.run(List.of("-"), jsonLines, Problems::report, Progress.none());
    }
}
