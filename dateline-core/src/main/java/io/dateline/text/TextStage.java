package io.dateline.text;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Layer;
import io.dateline.model.Tokens;
import io.dateline.pipeline.Stage;

import java.util.Set;

/** The text layer: tokens, then sentences. */
public final class TextStage implements Stage {
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;

    public TextStage(Tokenizer tokenizer, SentenceSplitter splitter) {
        this.tokenizer = tokenizer;
        this.splitter = splitter;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public AnnotatedArticle process(AnnotatedArticle article) {
        Tokens tokens = tokenizer.tokenize(article.text());
        return article.withTokens(tokens).withSentences(splitter.split(article.text(), tokens));
    }
}
