package io.dateline.text;

import io.dateline.Dateline;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.Layer;
import io.dateline.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextStageTest {
    private static Article article(String text) {
        return new Article("t1", "id1", null, null, null, text, List.of(), null);
    }

    @Test
    void addsTokensAndSentences() {
        TextStage stage = new TextStage(new NewsTokenizer(), new NewsSentenceSplitter());
        AnnotatedArticle out = stage.process(AnnotatedArticle.of(article("Gen. Smith left. Talks resumed.")));
        assertEquals(7, out.tokens().size());
        assertEquals(List.of(new Span(0, 16), new Span(17, 31)), out.sentences());
        assertTrue(out.layers().containsAll(List.of(Layer.TOKENS, Layer.SENTENCES)));
    }

    @Test
    void standardPipelineUsesTheNewsTextLayer() {
        AnnotatedArticle out = Dateline.standardPipeline().process(article("U.S. forces left. The end."));
        assertEquals(List.of(new Span(0, 17), new Span(18, 26)), out.sentences());
    }
}
