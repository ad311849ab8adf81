package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;
import io.dateline.output.AnnotationJson;
import io.dateline.pipeline.Pipeline;
import io.dateline.server.ApiServer;
import io.dateline.store.EventStore;
import io.dateline.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dateline serve}: the REST API and the analyst workbench over the event store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description =
        "Serve the event store and the analyst workbench over HTTP.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--host", description = "Interface to listen on (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port = 8080;

    @Override
    public Integer call() throws Exception {
        try (EventStore events = EventStore.open(store.data)) {
            AnnotateOptions options = new AnnotateOptions();
            Pipeline pipeline = Dateline.standardPipeline();
            StoreIngest ingester = IngestCommand.ingester(options, pipeline, events, 200);
            ApiServer.Annotate annotate = (text, title, published) -> AnnotationJson.toLine(pipeline.process(
                    new Article("pasted", ArticleIds.of(text), title, null, published, text, List.of(), null)));
            try (ApiServer server = ApiServer.start(events,
                    body -> IngestCommand.ingestStream(ingester, body), annotate, host, port)) {
                if (server.createdToken() != null) {
                    System.err.println("dateline serve: write token (shown once, keep it): " + server.createdToken());
                }
                System.err.printf("dateline serve: http://%s:%d/ (API under /api; data in %s; Ctrl-C to stop)%n", host,
                        server.port(), store.data);
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
        }
        return 0;
    }
}
