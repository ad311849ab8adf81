package io.dateline.ingest;

import java.util.List;

/**
 * One unit read from an input, before cleaning: a text or HTML file's content, or one JSON Lines record.
 *
 * @param origin    the file path ("-" for standard input)
 * @param line      the 1-based line of a JSON Lines record, 0 otherwise
 * @param id        the record's own id, or null
 * @param text      the text (for HTML: the extracted main content)
 * @param format    how it was read
 * @param captions  photo captions an HTML page gave apart from its text
 */
public record RawDocument(String origin, long line, String id, String text, String title, String url,
                          String published, Format format, List<String> captions) {
    public RawDocument {
        captions = List.copyOf(captions);
    }
}
