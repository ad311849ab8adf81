package io.dateline.cli;

import io.dateline.batch.BatchResult;
import io.dateline.ingest.IngestProblem;

/** How input problems reach the user: one line each on stderr, and a summary with the exit status. */
final class Problems {
    /** Exit status when some input could not be read; 2 is kept for usage errors. */
    static final int INCOMPLETE = 1;

    private Problems() {
    }

    static synchronized void report(IngestProblem problem) {
        System.err.println("dateline: " + problem);
    }

    static int exitStatus(String command, BatchResult result) {
        if (result.complete()) {
            return 0;
        }
        System.err.printf("dateline %s: %d input(s) skipped, %d article(s) written; see the messages above%n",
                command, result.skipped(), result.articles());
        return INCOMPLETE;
    }
}
