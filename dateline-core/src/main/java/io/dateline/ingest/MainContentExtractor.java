package io.dateline.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Placeholder: the whole body text. To be replaced by a main-content extractor. */
public final class MainContentExtractor implements HtmlExtractor {
    @Override
    public HtmlPage extract(String html, String origin) {
        Document doc = Jsoup.parse(html);
        return new HtmlPage(doc.title().isBlank() ? null : doc.title(), doc.body() == null ? "" : doc.body().wholeText(),
                null, null);
    }
}
