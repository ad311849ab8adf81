package io.dateline.dates;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.DateMention;
import io.dateline.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateStageTest {
    @Test
    void anchorsOnThePublicationDateOfTheArticle() {
        Article article = new Article("a1", "id", null, null, "2024-12-09T08:00:00Z",
                "Gunmen attacked a checkpoint on Saturday.", List.of(), null);
        AnnotatedArticle out = new DateStage().process(AnnotatedArticle.of(article));
        assertTrue(out.layers().contains(Layer.DATES));
        DateMention m = out.dates().get(0);
        assertEquals("Saturday", m.text());
        assertEquals("2024-12-07", m.value());
    }

    @Test
    void withoutPublicationDateRelativeDatesStayUnresolved() {
        Article article = new Article("a2", "id", null, null, null, "Gunmen attacked a checkpoint on Saturday.",
                List.of(), null);
        DateMention m = new DateStage().process(AnnotatedArticle.of(article)).dates().get(0);
        assertEquals("XXXX-WXX-6", m.value());
        assertEquals("day", m.precision());
    }
}
