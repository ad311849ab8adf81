package io.dateline.ingest;

import java.util.List;

/**
 * Text decoded from bytes.
 *
 * @param charset  the encoding used, e.g. "UTF-8" or "windows-1252"
 * @param problems what had to be repaired, each naming its line
 */
public record DecodedText(String text, String charset, List<IngestProblem> problems) {
    public DecodedText {
        problems = List.copyOf(problems);
    }
}
