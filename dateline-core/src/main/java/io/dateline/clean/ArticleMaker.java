package io.dateline.clean;

import io.dateline.ingest.Format;
import io.dateline.ingest.RawDocument;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what ingest read into articles. Text and HTML pages are cut into stories and cleaned; a JSON Lines record
 * keeps its text character for character (offsets must point into what the caller gave) unless cleaning is asked.
 */
public final class ArticleMaker {
    private final PageSegmenter segmenter;
    private final boolean cleanJsonLines;
    private final String defaultPublished;

    /**
     * @param defaultPublished the publication date for inputs that carry none (e.g. from --published), or null
     */
    public ArticleMaker(PageSegmenter segmenter, boolean cleanJsonLines, String defaultPublished) {
        this.segmenter = segmenter;
        this.cleanJsonLines = cleanJsonLines;
        this.defaultPublished = defaultPublished;
    }

    public List<Article> articles(RawDocument doc) {
        String input = doc.format() == Format.JSON_LINES
                ? (doc.id() != null ? doc.id() : doc.origin() + ":" + doc.line())
                : doc.origin();
        String published = doc.published() != null ? doc.published() : defaultPublished;
        if (doc.format() == Format.JSON_LINES && !cleanJsonLines) {
            return List.of(new Article(input, ArticleIds.of(doc.text()), doc.title(), doc.url(), published, doc.text(),
                    List.of(), null));
        }
        List<ScrapedStory> stories = segmenter.segment(doc.text());
        List<Article> articles = new ArrayList<>(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            ScrapedStory story = stories.get(i);
            String title = story.title() != null ? story.title() : (i == 0 ? doc.title() : null);
            List<String> captions = story.captions();
            if (i == 0 && !doc.captions().isEmpty()) {
                captions = new ArrayList<>(doc.captions());
                captions.addAll(story.captions());
            }
            articles.add(new Article(i == 0 ? input : input + "#" + (i + 1), ArticleIds.of(story.body()), title,
                    doc.url(), published, story.body(), captions, story.dateline()));
        }
        return articles;
    }
}
