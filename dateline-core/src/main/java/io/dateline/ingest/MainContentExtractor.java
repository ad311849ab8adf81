package io.dateline.ingest;

import io.dateline.ingest.html.MainContent;
import io.dateline.ingest.html.MainText;
import io.dateline.ingest.html.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Main text and metadata of a news page. The text is the page's main content only (no navigation, sharing tools,
 * related links, captions or comments), paragraphs separated by a blank line, headings as their own paragraphs,
 * the headline left out because it is the title. Never throws: an unusable page gives empty text.
 */
public final class MainContentExtractor implements HtmlExtractor {
    @Override
    public HtmlPage extract(String html, String origin) {
        if (html == null || html.isBlank()) {
            return HtmlPage.EMPTY;
        }
        try {
            Document doc = Jsoup.parse(html);
            PageMetadata meta = PageMetadata.of(doc);
            MainText main = MainContent.of(doc, meta.title());
            return new HtmlPage(meta.title(), main.text(), meta.url(), meta.published(), main.captions());
        } catch (RuntimeException e) {
            // jsoup repairs any markup, so this is a bug of ours; losing one page beats stopping the run
            return HtmlPage.EMPTY;
        }
    }
}
