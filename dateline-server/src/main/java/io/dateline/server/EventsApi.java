package io.dateline.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.store.EventQuery;
import io.dateline.store.EventStore;
import io.javalin.http.Context;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Handlers for the event endpoints: list, detail, aggregates, deletions feed, exports, split and corrections. */
final class EventsApi {
    /** Merged-event columns, for lists: sources are counted, not listed, so a page costs no join. */
    private static final String LIST = "SELECT m.* FROM merged_events m";
    /** Merged-event columns plus the source list and an epoch timestamp, for exports and detail. */
    private static final String SELECT = "SELECT m.*, epoch(m.updated_at)::BIGINT AS epoch, "
            + "(SELECT string_agg(coalesce(a.url, a.title, a.input), '; ' ORDER BY a.article_id) FROM events e "
            + "JOIN articles a ON a.article_id = e.article_id WHERE e.merged_id = m.merged_id AND NOT e.deleted) "
            + "AS sources FROM merged_events m";
    private static final Map<String, String> GROUPS = Map.of(
            "week", "strftime(date_trunc('week', event_date), '%Y-%m-%d')",
            "month", "strftime(date_trunc('month', event_date), '%Y-%m')",
            "country", "country", "admin1", "admin1", "event_type", "event_type",
            "sub_event_type", "sub_event_type", "plover", "plover", "status", "status");
    private static final JsonFactory JSON = new JsonFactory();

    private final EventStore store;
    private final ObjectMapper mapper = new ObjectMapper();

    EventsApi(EventStore store) {
        this.store = store;
    }

    void list(Context ctx) throws SQLException {
        EventQuery q = ApiServer.query(ctx);
        try (Connection c = store.reader()) {
            // Two queries beat one with count(*) OVER (): 7.5 against 10 ms on 200,000 events.
            long total = ((Number) Rows.query(c, "SELECT count(*) AS n FROM merged_events" + q.where(), q.params())
                    .get(0).get("n")).longValue();
            List<Object> params = new ArrayList<>(q.params());
            params.add(q.limit());
            params.add(q.offset());
            List<Map<String, Object>> items = Rows.query(c, LIST + q.where() + q.orderBy() + " LIMIT ? OFFSET ?",
                    params);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", total);
            body.put("limit", q.limit());
            body.put("offset", q.offset());
            body.put("items", items);
            ctx.json(body);
        }
    }

    void detail(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        try (Connection c = store.reader()) {
            List<Map<String, Object>> found = Rows.query(c, SELECT + " WHERE m.merged_id = ?", List.of(id));
            if (found.isEmpty()) {
                throw new ApiServer.NotFound("no event " + id);
            }
            Map<String, Object> event = new LinkedHashMap<>(found.get(0));
            event.put("reports", Rows.query(c, "SELECT e.event_id, e.article_id, a.title, a.url, a.published, "
                    + "e.event_date, e.event_type, e.sub_event_type, e.status, e.location, e.fatalities, e.injured, "
                    + "e.confidence, e.evidence_start, e.evidence_end, e.evidence FROM events e JOIN articles a "
                    + "ON a.article_id = e.article_id WHERE e.merged_id = ? AND NOT e.deleted ORDER BY e.event_id",
                    List.of(id)));
            event.put("merge_log", Rows.query(c, "SELECT event_id, reason, logged_at, undone FROM merge_log "
                    + "WHERE merged_id = ? ORDER BY logged_at, event_id", List.of(id)));
            event.put("corrections", Rows.query(c, "SELECT field, old_value, new_value, analyst, corrected_at "
                    + "FROM corrections WHERE merged_id = ? ORDER BY corrected_at", List.of(id)));
            ctx.json(event);
        }
    }

    void aggregates(Context ctx) throws SQLException {
        String by = ctx.queryParam("by");
        String group = GROUPS.get(by == null ? "" : by);
        if (group == null) {
            throw new IllegalArgumentException("by must be one of " + new java.util.TreeSet<>(GROUPS.keySet()));
        }
        EventQuery q = ApiServer.query(ctx);
        try (Connection c = store.reader()) {
            ctx.json(Map.of("by", by, "groups", Rows.query(c, "SELECT " + group + " AS key, count(*) AS events, "
                    + "coalesce(sum(fatalities), 0) AS fatalities FROM merged_events" + q.where()
                    + " GROUP BY 1 ORDER BY 1 NULLS LAST", q.params())));
        }
    }

    void deletions(Context ctx) throws SQLException {
        String since = ctx.queryParam("since");
        EventQuery parsed = EventQuery.parse(since == null ? Map.of() : Map.of("updated_since", since));
        List<Object> params = parsed.params();
        String where = params.isEmpty() ? "" : " WHERE deleted_at > ?";
        try (Connection c = store.reader()) {
            ctx.json(Map.of("deletions", Rows.query(c, "SELECT merged_id, deleted_at, reason FROM deletions" + where
                    + " ORDER BY deleted_at, merged_id", params)));
        }
    }

    void exportCsv(Context ctx) throws Exception {
        EventQuery q = ApiServer.query(ctx);
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=events.csv");
        try (Connection c = store.reader(); Writer out = writer(ctx.outputStream())) {
            AcledCsv.header(out);
            stream(c, q, row -> AcledCsv.row(out, row));
        }
    }

    void exportJson(Context ctx) throws Exception {
        EventQuery q = ApiServer.query(ctx);
        ctx.contentType("application/json");
        try (Connection c = store.reader(); JsonGenerator json = JSON.createGenerator(ctx.outputStream())) {
            json.setCodec(mapper);
            json.writeStartArray();
            stream(c, q, json::writeObject);
            json.writeEndArray();
        }
    }

    void exportGeoJson(Context ctx) throws Exception {
        EventQuery q = ApiServer.query(ctx);
        ctx.contentType("application/geo+json");
        try (Connection c = store.reader(); JsonGenerator json = JSON.createGenerator(ctx.outputStream())) {
            json.setCodec(mapper);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            stream(c, q, row -> {
                if (row.get("latitude") == null) {
                    return;
                }
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeObjectFieldStart("geometry");
                json.writeStringField("type", "Point");
                json.writeArrayFieldStart("coordinates");
                json.writeNumber(((Number) row.get("longitude")).doubleValue());
                json.writeNumber(((Number) row.get("latitude")).doubleValue());
                json.writeEndArray();
                json.writeEndObject();
                json.writeObjectField("properties", row);
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Parquet by DuckDB itself: the filtered rows into a temporary table, copied to a temporary file, streamed. */
    void exportParquet(Context ctx) throws Exception {
        EventQuery q = ApiServer.query(ctx);
        Path file = Files.createTempFile("dateline-export", ".parquet");
        String table = "export_" + Long.toUnsignedString(System.nanoTime());
        try (Connection c = store.reader()) {
            try (PreparedStatement st = c.prepareStatement("CREATE TEMP TABLE " + table + " AS " + SELECT + q.where()
                    + q.orderBy())) {
                bind(st, q.params());
                st.execute();
            }
            try (Statement st = c.createStatement()) {
                st.execute("COPY " + table + " TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
                st.execute("DROP TABLE " + table);
            }
            ctx.contentType("application/vnd.apache.parquet")
                    .header("Content-Disposition", "attachment; filename=events.parquet");
            try (InputStream in = Files.newInputStream(file); OutputStream out = ctx.outputStream()) {
                in.transferTo(out);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    void split(Context ctx) throws SQLException {
        String eventId = ctx.pathParam("id");
        try {
            ctx.json(Map.of("event_id", eventId, "merged_id", store.split(eventId)));
        } catch (IllegalArgumentException e) {
            throw new ApiServer.NotFound(e.getMessage());
        }
    }

    /** Merges the event named in the body's "with" into the one in the path. */
    void merge(Context ctx) throws Exception {
        JsonNode body;
        try {
            body = mapper.readTree(ctx.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.hasNonNull("with")) {
            throw new IllegalArgumentException("body must be JSON: {\"with\": \"<merged id to absorb>\"}");
        }
        store.merge(ctx.pathParam("id"), body.get("with").asText());
        detail(ctx);
    }

    void correct(Context ctx) throws Exception {
        JsonNode body;
        try {
            body = mapper.readTree(ctx.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("body must be JSON: {\"field\": ..., \"value\": ..., \"analyst\": ...}");
        }
        if (body == null || !body.hasNonNull("field")) {
            throw new IllegalArgumentException("body needs \"field\" (one of " + EventStore.CORRECTABLE + ")");
        }
        JsonNode value = body.get("value");
        String analyst = body.hasNonNull("analyst") ? body.get("analyst").asText() : null;
        store.correct(ctx.pathParam("id"), body.get("field").asText(),
                value == null || value.isNull() ? null : value.asText(), analyst);
        detail(ctx);
    }

    private interface RowSink {
        void accept(Map<String, Object> row) throws IOException;
    }

    /** Streams every matching row, so exports of a million events use constant memory. */
    private static void stream(Connection c, EventQuery q, RowSink sink) throws SQLException, IOException {
        try (PreparedStatement st = c.prepareStatement(SELECT + q.where() + q.orderBy())) {
            bind(st, q.params());
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(meta.getColumnLabel(i), v instanceof java.sql.Timestamp t ? t.toInstant().toString()
                                : v instanceof java.time.LocalDate || v instanceof java.sql.Date ? v.toString() : v);
                    }
                    sink.accept(row);
                }
            }
        }
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

}
