package io.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.store.EventQuery;
import io.dateline.store.EventStore;
import io.javalin.http.Context;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Endpoints the workbench needs beyond the event API: compact map points for a viewport, an article with its
 * mentions and events (for highlighting evidence and field spans), and annotation of pasted text without storing.
 */
final class WorkbenchApi {
    /** Above this many events in view the map gets grid cells counted by the database instead of points. */
    static final int MAX_POINTS = 3000;
    static final int MAX_ANNOTATE_CHARS = 200_000;

    private final EventStore store;
    private final ApiServer.Annotate annotate;
    private final ObjectMapper mapper = new ObjectMapper();

    WorkbenchApi(EventStore store, ApiServer.Annotate annotate) {
        this.store = store;
        this.annotate = annotate;
    }

    /**
     * {@code GET /api/points?bbox=...&cell=DEG&...filters}: either {@code points: [[id, lat, lon, type], ...]} or,
     * when more than {@link #MAX_POINTS} match, {@code cells: [[lat, lon, count, type], ...]} on a grid of
     * {@code cell} degrees, each with its mean position and most frequent event type.
     */
    void points(Context ctx) throws SQLException {
        Map<String, String> params = ApiServer.firstValues(ctx);
        double cell = decimal(params.remove("cell"), 1.0);
        if (cell < 0.001 || cell > 90) {
            throw new IllegalArgumentException("cell must be between 0.001 and 90 degrees");
        }
        int limit = params.containsKey("limit") ? limit(params.remove("limit")) : MAX_POINTS;
        params.remove("sort");
        params.remove("offset");
        EventQuery q = EventQuery.parse(params);
        String where = q.where() + " AND latitude IS NOT NULL AND longitude IS NOT NULL";
        Map<String, Object> body = new LinkedHashMap<>();
        try (Connection c = store.reader()) {
            long total = ((Number) Rows.query(c, "SELECT count(*) AS n FROM merged_events" + where, q.params())
                    .get(0).get("n")).longValue();
            body.put("total", total);
            if (total <= limit) {
                body.put("mode", "points");
                body.put("points", arrays(c, "SELECT merged_id, latitude, longitude, event_type FROM merged_events"
                        + where, q.params()));
            } else {
                body.put("mode", "cells");
                body.put("cell", cell);
                // cell is a validated number, so it can be part of the statement text.
                body.put("cells", arrays(c, "SELECT avg(latitude), avg(longitude), count(*), mode(event_type) "
                        + "FROM merged_events" + where + " GROUP BY floor(latitude / " + cell + "), floor(longitude / "
                        + cell + ")", q.params()));
            }
        }
        ctx.json(body);
    }

    /** {@code GET /api/articles/{id}}: text, mentions, and its events with evidence and each field's span. */
    void article(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        try (Connection c = store.reader()) {
            List<Map<String, Object>> found = Rows.query(c, "SELECT article_id, input, title, url, published, text, "
                    + "ingested_at, superseded_by FROM articles WHERE article_id = ?", List.of(id));
            if (found.isEmpty()) {
                throw new ApiServer.NotFound("no article " + id);
            }
            Map<String, Object> article = new LinkedHashMap<>(found.get(0));
            List<Map<String, Object>> mentions = Rows.query(c, "SELECT layer, start_offset AS start, end_offset AS "
                    + "\"end\", text, value FROM mentions WHERE article_id = ? ORDER BY start_offset, end_offset",
                    List.of(id));
            List<Map<String, Object>> events = Rows.query(c, "SELECT event_id, merged_id, event_date, event_type, "
                    + "sub_event_type, status, actor1, actor2, location, country, fatalities, injured, confidence, "
                    + "evidence_start, evidence_end, deleted FROM events WHERE article_id = ? ORDER BY evidence_start",
                    List.of(id));
            for (Map<String, Object> event : events) {
                event.put("spans", FieldSpans.of(event, mentions));
            }
            article.put("mentions", mentions);
            article.put("events", events);
            ctx.json(article);
        }
    }

    /** {@code POST /api/annotate {text, title?, published?}}: the pipeline's annotation, nothing stored. */
    void annotate(Context ctx) {
        JsonNode body;
        try {
            body = mapper.readTree(ctx.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("body must be JSON: {\"text\": ..., \"title\": ..., \"published\": ...}");
        }
        if (body == null || !body.hasNonNull("text") || body.get("text").asText().isBlank()) {
            throw new IllegalArgumentException("body needs a non-empty \"text\"");
        }
        String text = body.get("text").asText();
        if (text.length() > MAX_ANNOTATE_CHARS) {
            throw new IllegalArgumentException("text longer than " + MAX_ANNOTATE_CHARS + " characters");
        }
        ctx.contentType("application/json").result(annotate.annotate(text, optional(body, "title"),
                optional(body, "published")));
    }

    private static String optional(JsonNode body, String field) {
        return body.hasNonNull(field) && !body.get(field).asText().isBlank() ? body.get(field).asText() : null;
    }

    private static List<Object[]> arrays(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v instanceof Double d ? Math.round(d * 1e5) / 1e5 : v;
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static double decimal(String value, double fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cell: not a number: " + value);
        }
    }

    private static int limit(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > 20_000) {
                throw new IllegalArgumentException("limit must be between 1 and 20000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit: not an integer: " + value);
        }
    }
}
