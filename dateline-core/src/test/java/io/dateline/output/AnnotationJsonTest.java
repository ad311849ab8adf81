package io.dateline.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.PlaceMention;
import io.dateline.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesEveryContractFieldOnOneLine() throws Exception {
        Article article = new Article("a1", "0123456789abcdef", "Title", null, "2024-12-05",
                "Troops entered Homs.\nCalm returned.", List.of("A caption (X)"), "HOMS (AP)");
        AnnotatedArticle annotated = AnnotatedArticle.of(article)
                .withSentences(List.of(new Span(0, 20), new Span(21, 35)))
                .withPlaces(List.of(new PlaceMention(15, 19, "Homs", 169577L, "Homs", 34.73, 36.72, "SY", "Homs",
                        null, "PPLA", 0.91234)));
        String line = AnnotationJson.toLine(annotated);
        assertFalse(line.contains("\n"));
        JsonNode json = mapper.readTree(line);
        for (String field : List.of("format", "input", "article_id", "title", "url", "published", "text", "sentences",
                "places", "dates", "actors", "events")) {
            assertTrue(json.has(field), field);
        }
        assertEquals("dateline/1", json.get("format").asText());
        assertEquals(21, json.get("sentences").get(1).get(0).asInt());
        JsonNode place = json.get("places").get(0);
        assertEquals(169577, place.get("geonameid").asLong());
        assertEquals(0.912, place.get("confidence").asDouble());
        assertTrue(place.get("admin2").isNull());
        assertEquals("Homs", json.get("text").asText().substring(place.get("start").asInt(), place.get("end").asInt()));
        assertTrue(json.get("url").isNull());
        assertEquals(0, json.get("events").size());
        assertEquals("A caption (X)", json.get("captions").get(0).asText());
    }
}
