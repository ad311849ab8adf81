package io.dateline.eval;

import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One evaluation: reads a public data set in its own format, runs the pipeline on it, and scores the output with a
 * fixed scorer. Suites are listed in {@link EvalCommand}.
 */
public interface EvalSuite {
    /** The name given on the command line, e.g. "places". */
    String name();

    /** The data used when no path is given, relative to the shared eval folder (e.g. "places/lgl.xml"). */
    List<String> defaultPaths();

    /**
     * Runs on the files; suites that read item lists honour {@code context.limit()} and count items on
     * {@code context.progress()}.
     */
    EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) throws IOException;

    /** Runs in full, without progress. */
    default EvalReport run(List<Path> paths, Pipeline pipeline) throws IOException {
        return run(paths, pipeline, EvalContext.unlimited());
    }
}
