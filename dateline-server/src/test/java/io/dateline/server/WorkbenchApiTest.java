package io.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench's endpoints over HTTP on loopback: map points, articles with spans, annotation of pasted text. */
class WorkbenchApiTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        store = EventStore.open(dir);
        store.write(WorkbenchSeed.handWritten());
        server = ApiServer.start(store, body -> {
            throw new IllegalStateException("no ingest here");
        }, (text, title, published) -> JSON.createObjectNode().put("text", text).put("title", title).toString(),
                "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = send(at(path));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void fewEventsInViewComeAsPointsWithIdPositionAndType() throws Exception {
        JsonNode answer = json("/api/points?bbox=30,30,50,40&cell=2");
        assertEquals("points", answer.get("mode").asText());
        assertEquals(2, answer.get("total").asInt());
        JsonNode point = answer.get("points").get(0);
        assertEquals(4, point.size());
        assertTrue(point.get(0).asText().startsWith("ME"));
    }

    @Test
    void manyEventsInViewComeAsCountedCells() throws Exception {
        JsonNode answer = json("/api/points?cell=30&limit=1");
        assertEquals("cells", answer.get("mode").asText());
        assertEquals(3, answer.get("total").asInt());
        int counted = 0;
        for (JsonNode cell : answer.get("cells")) {
            counted += cell.get(2).asInt();
        }
        assertEquals(3, counted);
    }

    @Test
    void pointsRejectBadCellsAndFiltersAsTheEventListDoes() throws Exception {
        assertEquals(400, send(at("/api/points?cell=0")).statusCode());
        assertEquals(400, send(at("/api/points?colour=red")).statusCode());
        assertEquals(1, json("/api/points?country=IQ").get("total").asInt());
    }

    @Test
    void articleListsMentionsAndEachEventsFieldSpans() throws Exception {
        JsonNode event = json("/api/events/MEtaiz");
        JsonNode article = json("/api/articles/" + event.get("reports").get(0).get("article_id").asText());
        String text = article.get("text").asText();
        assertEquals(3, article.get("mentions").size());
        JsonNode spans = article.get("events").get(0).get("spans");
        assertEquals("Taiz", text.substring(spans.get("location").get("start").asInt(),
                spans.get("location").get("end").asInt()));
        assertEquals("Friday", text.substring(spans.get("event_date").get("start").asInt(),
                spans.get("event_date").get("end").asInt()));
        assertEquals("Houthis", text.substring(spans.get("actor1").get("start").asInt(),
                spans.get("actor1").get("end").asInt()));
        assertEquals(404, send(at("/api/articles/nope")).statusCode());
    }

    @Test
    void annotateNeedsNoTokenAndRejectsEmptyText() throws Exception {
        HttpResponse<String> ok = send(at("/api/annotate").POST(HttpRequest.BodyPublishers.ofString(
                "{\"text\":\"Clashes in Aden.\",\"title\":\"t\"}")));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("Clashes in Aden.", JSON.readTree(ok.body()).get("text").asText());
        assertEquals(400, send(at("/api/annotate").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\" \"}")))
                .statusCode());
        assertEquals(400, send(at("/api/annotate").POST(HttpRequest.BodyPublishers.ofString("not json")))
                .statusCode());
    }

    @Test
    void theWorkbenchIsServedAtTheRoot() throws Exception {
        HttpResponse<String> page = send(at("/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Dateline workbench</title>"));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
    }
}
