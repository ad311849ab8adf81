package io.dateline.dates;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Layer;
import io.dateline.pipeline.Stage;

import java.util.Set;

/** The date layer: temporal expressions anchored on the article's publication date (never the clock). */
public final class DateStage implements Stage {
    private final DateTagger tagger = new DateTagger();

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DATES);
    }

    @Override
    public AnnotatedArticle process(AnnotatedArticle article) {
        return article.withDates(tagger.tag(article.text(), article.article().publicationDate()));
    }
}
