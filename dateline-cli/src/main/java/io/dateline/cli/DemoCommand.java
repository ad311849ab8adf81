package io.dateline.cli;

import io.dateline.batch.BatchResult;
import picocli.CommandLine.Command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline demo}: annotates the scraped page shipped inside Dateline, so a new user sees output at once. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Annotate the sample scraped page shipped with Dateline (published 2025-03-14).")
public final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "sample-page.txt";
    static final String SAMPLE_PUBLISHED = "2025-03-14";

    @Override
    public Integer call() throws IOException {
        AnnotateOptions options = new AnnotateOptions();
        options.published = SAMPLE_PUBLISHED;
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (InputStream page = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            BatchResult result = AnnotateCommand.annotate(List.of("-"), page, options, out);
            out.flush();
            System.err.printf("dateline demo: %d articles from the sample page%n", result.articles());
            return Problems.exitStatus("demo", result);
        }
    }
}
