package io.dateline.server;

import io.dateline.store.EventQuery;
import io.dateline.store.EventStore;
import io.dateline.store.StoreIngest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST API over the event store. Reads are open; writes need a bearer token. Bad parameters get 400 with a
 * message; unexpected failures get 500 with a generic message, never a stack trace.
 */
public final class ApiServer implements AutoCloseable {
    /** Annotates JSON Lines and stores them; supplied by the caller, who owns the pipeline. */
    public interface Ingest {
        StoreIngest.Result ingest(InputStream jsonLines);
    }

    /** Annotates one pasted article without storing it; returns one dateline/1 JSON object. Supplied by the caller. */
    public interface Annotate {
        String annotate(String text, String title, String published);
    }

    /** Where the workbench's built files are on the classpath (written there by the dateline-web build). */
    static final String WEB = "/io/dateline/server/web";

    private final Javalin app;
    private final String createdToken;

    private ApiServer(Javalin app, String createdToken) {
        this.app = app;
        this.createdToken = createdToken;
    }

    public static ApiServer start(EventStore store, Ingest ingest, String host, int port) throws SQLException {
        return start(store, ingest, (text, title, published) -> {
            throw new IllegalArgumentException("this server has no pipeline to annotate with");
        }, host, port);
    }

    public static ApiServer start(EventStore store, Ingest ingest, Annotate annotate, String host, int port)
            throws SQLException {
        ApiTokens tokens = new ApiTokens(store.reader());
        String created = tokens.createIfNone();
        EventsApi events = new EventsApi(store);
        WorkbenchApi workbench = new WorkbenchApi(store, annotate);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
            // The workbench, when the build put it on the classpath (a build without npm still serves the API).
            if (ApiServer.class.getResource(WEB + "/index.html") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = WEB;
                    files.location = Location.CLASSPATH;
                    // Explicit charsets: otherwise the static handler announces "charset=null".
                    files.mimeTypes.add("text/html; charset=utf-8", "html");
                    files.mimeTypes.add("text/javascript; charset=utf-8", "js");
                    files.mimeTypes.add("text/css; charset=utf-8", "css");
                    files.mimeTypes.add("application/json; charset=utf-8", "json");
                });
            }
        });
        app.before("/api/*", ctx -> {
            // Annotating pasted text writes nothing, so like reads it needs no token.
            if (!ctx.method().name().equals("GET") && !ctx.path().equals("/api/annotate")
                    && !tokens.valid(ctx.header("Authorization"))) {
                throw new Unauthorized();
            }
        });
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "schema", store.schemaVersion())));
        app.get("/api/events", events::list);
        app.get("/api/events/{id}", events::detail);
        app.get("/api/aggregates", events::aggregates);
        app.get("/api/deletions", events::deletions);
        app.get("/api/export.csv", events::exportCsv);
        app.get("/api/export.json", events::exportJson);
        app.get("/api/export.geojson", events::exportGeoJson);
        app.get("/api/export.parquet", events::exportParquet);
        app.get("/api/points", workbench::points);
        app.get("/api/articles/{id}", workbench::article);
        app.post("/api/annotate", workbench::annotate);
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
                .result(ApiServer.class.getResourceAsStream("openapi.json")));
        app.post("/api/ingest", ctx -> ctx.json(ingest.ingest(ctx.bodyInputStream())));
        app.post("/api/events/{id}/split", events::split);
        app.post("/api/events/{id}/merge", events::merge);
        app.post("/api/events/{id}/corrections", events::correct);
        app.exception(Unauthorized.class, (e, ctx) -> error(ctx, HttpStatus.UNAUTHORIZED,
                "writes need 'Authorization: Bearer <token>' with the token shown when the server first started"));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
            }
        });
        app.start(host, port);
        return new ApiServer(app, created);
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status.getCode());
        ctx.status(status).json(body);
    }

    public int port() {
        return app.port();
    }

    /** The write token created at this start (first start only), else null. */
    public String createdToken() {
        return createdToken;
    }

    @Override
    public void close() {
        app.stop();
    }

    static final class Unauthorized extends RuntimeException {
        Unauthorized() {
            super("unauthorized");
        }
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    static Map<String, String> firstValues(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? null : v.get(0)));
        return params;
    }

    static EventQuery query(Context ctx) {
        return EventQuery.parse(firstValues(ctx));
    }

    static List<Map<String, Object>> rows(Connection c, String sql, List<Object> params) throws SQLException {
        return Rows.query(c, sql, params);
    }
}
