package io.dateline.ingest;

import io.dateline.ingest.html.MainContent;
import io.dateline.ingest.html.MainText;
import io.dateline.ingest.html.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Main text and metadata of a news page. The text is the page's main content only (no navigation, sharing tools,
 * related links, captions or comments), paragraphs separated by a blank line, headings as their own paragraphs,
 * the headline left out because it is the title. Never throws: an unusable page gives empty text.
 */
public final class MainContentExtractor implements HtmlExtractor {
    @Override
    public HtmlPage extract(String html, String origin) {
        return extractWithCaptions(html, origin).page();
    }

    /** The page and the captions left out of its text ({@link io.dateline.model.Article#captions()} keeps them). */
    public PageWithCaptions extractWithCaptions(String html, String origin) {
        if (html == null || html.isBlank()) {
            return PageWithCaptions.EMPTY;
        }
        try {
            Document doc = Jsoup.parse(html);
            PageMetadata meta = PageMetadata.of(doc);
            MainText main = MainContent.of(doc, meta.title());
            return new PageWithCaptions(new HtmlPage(meta.title(), main.text(), meta.url(), meta.published()),
                    main.captions());
        } catch (RuntimeException e) {
            // jsoup repairs any markup, so this is a bug of ours; losing one page beats stopping the run
            return PageWithCaptions.EMPTY;
        }
    }

    /** An extracted page with the figure captions of its main content. */
    public record PageWithCaptions(HtmlPage page, List<String> captions) {
        static final PageWithCaptions EMPTY = new PageWithCaptions(new HtmlPage(null, "", null, null), List.of());

        public PageWithCaptions {
            captions = List.copyOf(captions);
        }
    }
}
