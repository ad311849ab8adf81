package io.dateline.actors;

import io.dateline.Dateline;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorStageTest {
    @Test
    void declaresItsLayers() {
        ActorStage stage = new ActorStage();
        assertEquals(Set.of(Layer.TEXT, Layer.TOKENS, Layer.PLACES), stage.requires());
        assertEquals(Set.of(Layer.ACTORS), stage.provides());
    }

    @Test
    void theTownsTheStoryNamesGiveAGenericAgentItsCountry() {
        Article article = new Article("t", "t2", null, null, "2025-03-14",
                "Gunmen attacked an army checkpoint near Djibo on Tuesday and fled toward the border with Mali.",
                List.of(), null);
        AnnotatedArticle out = Dateline.standardPipeline().process(article);
        assertTrue(out.actors().stream().anyMatch(a -> "BF".equals(a.country()) && "Gunmen".equals(a.text())),
                out.actors().toString());
    }

    @Test
    void standardPipelineFillsTheActorsLayer() {
        Article article = new Article("t", "t1", null, null, null,
                "Houthi rebels fired a missile at a ship, the Yemeni government said.", List.of(), null);
        AnnotatedArticle out = Dateline.standardPipeline().process(article);
        assertTrue(out.layers().contains(Layer.ACTORS));
        assertEquals("Houthis", out.actors().get(0).name());
        assertEquals("Government of Yemen", out.actors().get(1).name());
    }
}
