package io.dateline.eval.events;

import io.dateline.model.Article;
import io.dateline.model.ArticleIds;

import java.util.List;

/** An eval item's text as an article, character for character, so that offsets point into the item's text. */
final class TextArticle {
    private TextArticle() {
    }

    static Article of(String input, String text) {
        return new Article(input, ArticleIds.of(text), null, null, null, text, List.of(), null);
    }
}
