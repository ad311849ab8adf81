package io.dateline.ingest;

/** How an input file is read. */
public enum Format {
    TEXT, HTML, JSON_LINES
}
