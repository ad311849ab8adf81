package io.dateline.cli;

import io.dateline.batch.BatchAnnotator;
import io.dateline.clean.ArticleMaker;
import io.dateline.clean.ScrapedPageSegmenter;
import io.dateline.ingest.Ingestor;
import io.dateline.pipeline.Pipeline;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Options shared by the commands that run the pipeline over inputs. */
final class AnnotateOptions {
    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (ISO) for inputs that carry none; anchors relative dates.")
    String published;

    @Option(names = "--clean", description = "Also clean and split the text of JSON Lines records.")
    boolean cleanJsonLines;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The ingest → clean → pipeline batch these options describe. */
    BatchAnnotator batch(Pipeline pipeline) {
        return new BatchAnnotator(Ingestor.standard(),
                new ArticleMaker(new ScrapedPageSegmenter(), cleanJsonLines, published), pipeline, threads);
    }

    /** Checks the values; returns an error message, or null when they are fine. */
    String validate() {
        if (threads < 1) {
            return "--threads must be at least 1";
        }
        if (published != null) {
            try {
                LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published);
            } catch (DateTimeParseException e) {
                return "--published: not an ISO date: " + published;
            }
        }
        return null;
    }
}
