package io.dateline.ingest;

/**
 * Something wrong with an input. {@code skipped} says whether content was left out (which makes the run fail)
 * or only repaired (a warning).
 *
 * @param line 1-based line, or 0 when it concerns the whole file
 */
public record IngestProblem(String origin, long line, String message, boolean skipped) {
    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + (skipped ? "skipped: " : "warning: ") + message;
    }
}
