package io.dateline.pipeline;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.Layer;
import io.dateline.model.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    /** A stage that needs tokens and adds one place covering the first word. */
    private static final class NeedsTokens implements Stage {
        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.TOKENS);
        }

        @Override
        public Set<Layer> provides() {
            return Set.of(Layer.PLACES);
        }

        @Override
        public AnnotatedArticle process(AnnotatedArticle article) {
            return article.withPlaces(List.of(new PlaceMention(0, 4, "Homs", null, null, null, null, null, null, null,
                    null, 0.5)));
        }
    }

    private static final class ProvidesTokens implements Stage {
        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.TEXT);
        }

        @Override
        public Set<Layer> provides() {
            return Set.of(Layer.TOKENS);
        }

        @Override
        public AnnotatedArticle process(AnnotatedArticle article) {
            return article.withTokens(io.dateline.model.Tokens.of(new int[] {0}, new int[] {4}, 1));
        }
    }

    @Test
    void stageBeforeItsRequirementsIsRejectedWhenBuilt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(new NeedsTokens()));
        assertTrue(e.getMessage().contains("NeedsTokens requires [TOKENS]"), e.getMessage());
    }

    @Test
    void stagesRunInOrderAndLayersAccumulate() {
        Pipeline pipeline = Pipeline.builder().add(new ProvidesTokens()).add(new NeedsTokens()).build();
        AnnotatedArticle result = pipeline.process(new Article("in", "id", null, null, null, "Homs is quiet.",
                List.of(), null));
        assertEquals(Set.of(Layer.TEXT, Layer.TOKENS, Layer.PLACES), result.layers());
        assertEquals("Homs", result.places().get(0).text());
        assertEquals(List.of("ProvidesTokens", "NeedsTokens"), List.copyOf(pipeline.timeByStage().keySet()));
    }

    @Test
    void annotatedArticleIsImmutable() {
        AnnotatedArticle empty = AnnotatedArticle.of(new Article("in", "id", null, null, null, "x", List.of(), null));
        AnnotatedArticle withPlaces = new NeedsTokens().process(empty);
        assertTrue(empty.places().isEmpty());
        assertEquals(1, withPlaces.places().size());
        assertThrows(UnsupportedOperationException.class, () -> withPlaces.places().clear());
    }
}
