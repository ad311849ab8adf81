package io.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.Dateline;
import io.dateline.batch.BatchAnnotator;
import io.dateline.batch.Progress;
import io.dateline.clean.ArticleMaker;
import io.dateline.clean.ScrapedPageSegmenter;
import io.dateline.ingest.Ingestor;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;
import io.dateline.model.Event;
import io.dateline.model.EventActor;
import io.dateline.model.EventLocation;
import io.dateline.model.Span;
import io.dateline.store.EventStore;
import io.dateline.store.StoreIngest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API over HTTP on loopback, against a real DuckDB file. */
class ApiServerTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    private static AnnotatedArticle report(String input, String text, String date, String type, String sub,
                                           String country, double lat, double lon, int fatalities, String actor) {
        Article article = new Article(input, ArticleIds.of(text), "Title of " + input, "https://news.example/" + input,
                date, text, List.of(), null);
        Event event = new Event(ArticleIds.of(input), date, 1, type, sub, "political_violence", "ASSAULT", null,
                "occurred", new EventActor(actor, actor, "militia", country), null, List.of(), List.of(),
                new EventLocation(0, 4, text.substring(0, 4), text.substring(0, 4), null, lat, lon, country, "Region",
                        null, 2), fatalities, null, 0.7, new Span(0, text.length()));
        return AnnotatedArticle.of(article).withEvents(List.of(event));
    }

    @BeforeAll
    static void start() throws Exception {
        store = EventStore.open(dir);
        store.write(List.of(
                report("a1", "Homs shelling killed five people on Monday.", "2024-12-02", "Explosions/Remote violence",
                        "Shelling/artillery/missile attack", "SY", 34.73, 36.72, 5, "Syrian Army"),
                report("a2", "Homs: five dead after artillery fire, medics said.", "2024-12-02",
                        "Explosions/Remote violence", "Shelling/artillery/missile attack", "SY", 34.74, 36.71, 4,
                        "Syrian Army"),
                report("a3", "Mosul protest drew hundreds to the square.", "2024-11-20", "Protests",
                        "Peaceful protest", "IQ", 36.34, 43.13, 0, "Protesters"),
                report("a4", "Gaza strike hit a school, killing nine.", "2024-12-10", "Explosions/Remote violence",
                        "Air/drone strike", "PS", 31.50, 34.46, 9, "Israeli Air Force")));
        BatchAnnotator annotator = new BatchAnnotator(Ingestor.standard(),
                new ArticleMaker(new ScrapedPageSegmenter(), false, null), Dateline.standardPipeline(), 2);
        StoreIngest ingest = new StoreIngest(annotator, store, 50);
        server = ApiServer.start(store, body -> ingest.run(List.of("-"), body, p -> { }, Progress.none()),
                "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void twoReportsOfTheSameShellingAreOneEventWithTwoSources() throws Exception {
        JsonNode page = json("/api/events?country=SY");
        assertEquals(1, page.get("total").asInt());
        JsonNode event = page.get("items").get(0);
        assertEquals(2, event.get("source_count").asInt());
        assertEquals(4, event.get("fatalities").asInt());
        JsonNode detail = json("/api/events/" + event.get("merged_id").asText());
        assertEquals(2, detail.get("reports").size());
        List<String> reasons = new java.util.ArrayList<>();
        detail.get("merge_log").forEach(entry -> reasons.add(entry.get("reason").asText()));
        assertTrue(reasons.contains("first report"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("same type Shelling/artillery/missile attack")),
                reasons.toString());
    }

    @Test
    void filtersCombine() throws Exception {
        assertEquals(3, json("/api/events").get("total").asInt());
        assertEquals(2, json("/api/events?event_type=Explosions/Remote%20violence").get("total").asInt());
        assertEquals(1, json("/api/events?date_from=2024-12-05&date_to=2024-12-31").get("total").asInt());
        assertEquals(1, json("/api/events?bbox=34,31,35,32").get("total").asInt());
        assertEquals(1, json("/api/events?actor=israeli").get("total").asInt());
        assertEquals(1, json("/api/events?q=protest").get("total").asInt());
        assertEquals(0, json("/api/events?country=SY&status=planned").get("total").asInt());
    }

    @Test
    void pagingAndSorting() throws Exception {
        JsonNode first = json("/api/events?sort=-fatalities&limit=1");
        assertEquals(3, first.get("total").asInt());
        assertEquals(1, first.get("items").size());
        assertEquals(9, first.get("items").get(0).get("fatalities").asInt());
        JsonNode third = json("/api/events?sort=-fatalities&limit=1&offset=2");
        assertEquals(0, third.get("items").get(0).get("fatalities").asInt());
    }

    @Test
    void badParametersGet400WithAMessageAndNoStackTrace() throws Exception {
        for (String bad : List.of("/api/events?limit=0", "/api/events?date_from=yesterday", "/api/events?bbox=1,2",
                "/api/events?sort=-password", "/api/events?colour=red", "/api/aggregates?by=planet")) {
            HttpResponse<String> response = get(bad);
            assertEquals(400, response.statusCode(), bad);
            assertTrue(JSON.readTree(response.body()).get("error").asText().length() > 5, bad);
            assertFalse(response.body().contains("at io.dateline"), bad);
        }
        assertEquals(404, get("/api/events/nope").statusCode());
    }

    @Test
    void csvExportHasAcledHeaderAndRows() throws Exception {
        HttpResponse<String> csv = get("/api/export.csv?country=SY");
        String[] lines = csv.body().split("\n");
        assertEquals(String.join(",", AcledCsv.ACLED_COLUMNS) + "," + String.join(",", AcledCsv.EXTRA_COLUMNS),
                lines[0]);
        assertEquals(31, AcledCsv.ACLED_COLUMNS.size());
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains(",2024-12-02,2024,1,Political violence,Explosions/Remote violence,"), lines[1]);
        assertTrue(lines[1].contains("Syria"));
    }

    @Test
    void jsonGeoJsonAndParquetExports() throws Exception {
        assertEquals(3, JSON.readTree(get("/api/export.json").body()).size());
        JsonNode geo = JSON.readTree(get("/api/export.geojson?country=PS").body());
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(34.46, geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
        HttpResponse<byte[]> parquet = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/api/export.parquet")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, parquet.statusCode());
        assertEquals("PAR1", new String(parquet.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aggregatesByWeekAndCountry() throws Exception {
        JsonNode byCountry = json("/api/aggregates?by=country");
        assertEquals(3, byCountry.get("groups").size());
        JsonNode byWeek = json("/api/aggregates?by=week&country=SY");
        assertEquals("2024-12-02", byWeek.get("groups").get(0).get("key").asText());
        assertEquals(4, byWeek.get("groups").get(0).get("fatalities").asInt());
    }

    @Test
    void writesNeedTheTokenAndIngestIsIdempotent() throws Exception {
        String body = "{\"id\":\"n1\",\"text\":\"The weather was mild in the north.\"}\n"; // no event: the other tests count events
        assertEquals(401, post("/api/ingest", body, null).statusCode());
        assertEquals(401, post("/api/ingest", body, "dl_wrong").statusCode());
        String token = server.createdToken();
        assertNotNull(token);
        JsonNode first = JSON.readTree(post("/api/ingest", body, token).body());
        assertEquals(1, first.get("added").asInt());
        JsonNode again = JSON.readTree(post("/api/ingest", body, token).body());
        assertEquals(0, again.get("added").asInt());
        assertEquals(1, again.get("unchanged").asInt());
    }

    @Test
    void correctionShowsInTheCsvExport() throws Exception {
        String id = json("/api/events?country=PS").get("items").get(0).get("merged_id").asText();
        HttpResponse<String> corrected = post("/api/events/" + id + "/corrections",
                "{\"field\":\"fatalities\",\"value\":\"11\",\"analyst\":\"rk\"}", server.createdToken());
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals("9", JSON.readTree(corrected.body()).get("corrections").get(0).get("old_value").asText());
        String csv = get("/api/export.csv?country=PS").body().split("\n")[1];
        assertTrue(csv.contains(",11,"), csv);
        assertEquals(400, post("/api/events/" + id + "/corrections", "{\"field\":\"merged_id\",\"value\":\"x\"}",
                server.createdToken()).statusCode());
    }

    @Test
    void openApiDescriptionIsServed() throws Exception {
        JsonNode api = json("/api/openapi.json");
        assertEquals("3.0.3", api.get("openapi").asText());
        assertTrue(api.get("paths").has("/api/events"));
    }

    @Test
    void analystMergesTwoEventsAndTheAbsorbedOneIsInTheDeletionsFeed(@TempDir Path own) throws Exception {
        try (EventStore separate = EventStore.open(own)) {
            separate.write(List.of(
                    report("b1", "Tyre market fire spread overnight, officials said.", "2024-12-03", "Riots",
                            "Mob violence", "LB", 33.27, 35.20, 0, "Rioters"),
                    report("b2", "Sidon clashes left two hurt near the port, police said.", "2024-12-03", "Riots",
                            "Mob violence", "LB", 33.56, 35.37, 0, "Rioters")));
            try (ApiServer other = ApiServer.start(separate, body -> null, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + other.port();
                JsonNode items = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/events?sort=event_type")).build(), HttpResponse.BodyHandlers.ofString()).body())
                        .get("items");
                assertEquals(2, items.size());
                String into = items.get(0).get("merged_id").asText();
                String from = items.get(1).get("merged_id").asText();
                HttpResponse<String> merged = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/events/"
                        + into + "/merge")).header("Authorization", "Bearer " + other.createdToken())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"with\":\"" + from + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, merged.statusCode(), merged.body());
                assertEquals(2, JSON.readTree(merged.body()).get("source_count").asInt());
                String deletions = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/deletions")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(deletions.contains(from), deletions);
                HttpResponse<String> unauthorised = HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/events/" + into + "/merge")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(401, unauthorised.statusCode());
            }
        }
    }
}
