package io.dateline.ingest.html;

import java.util.List;

/**
 * The main content of a page.
 *
 * @param paragraphs body paragraphs and headings, in document order, headline excluded
 * @param captions   figure captions inside the main content, kept apart from the text
 */
public record MainText(List<String> paragraphs, List<String> captions) {
    public MainText {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    /** Paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
