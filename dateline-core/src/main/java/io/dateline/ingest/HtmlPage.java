package io.dateline.ingest;

import java.util.List;

/**
 * What is kept of an HTML page: its title, main-content text (paragraphs separated by blank lines), metadata, and
 * the captions of its figures, which the text leaves out.
 */
public record HtmlPage(String title, String text, String url, String published, List<String> captions) {
    static final HtmlPage EMPTY = new HtmlPage(null, "", null, null, List.of());

    public HtmlPage {
        captions = List.copyOf(captions);
    }
}
