package io.dateline.ingest;

/** Turns an HTML page into its main content as plain text. */
public interface HtmlExtractor {
    HtmlPage extract(String html, String origin);
}
