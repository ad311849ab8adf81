package io.dateline.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/** The main-content paragraphs of a parsed page. */
public final class MainContent {
    private MainContent() {
    }

    /** Paragraphs and captions in document order; empty when the page has no body text. */
    public static MainText of(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return new MainText(List.of(), List.of());
        }
        return ContentSelector.select(TextBlockCollector.collect(body), title);
    }
}
