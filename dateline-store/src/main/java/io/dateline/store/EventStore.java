package io.dateline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.model.ActorMention;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.DateMention;
import io.dateline.model.Event;
import io.dateline.model.PlaceMention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The event store: one embedded DuckDB file under a data folder. Writes go through one connection, one transaction
 * per batch, so a crash loses at most the batch in flight and never leaves half an article. Readers take their own
 * connection with {@link #reader()}.
 */
public final class EventStore implements AutoCloseable {
    public static final String FILE_NAME = "dateline.duckdb";
    /** Fields an analyst may correct on a merged event; "deleted" = true marks "not an event". */
    public static final java.util.Set<String> CORRECTABLE = java.util.Set.of("event_date", "event_type",
            "sub_event_type", "status", "actor1", "actor2", "location", "latitude", "longitude", "country", "admin1",
            "fatalities", "injured", "deleted");

    private final Connection connection;
    private final ObjectMapper json = new ObjectMapper();

    private EventStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) the store in {@code folder} and brings its schema up to date. */
    public static EventStore open(Path folder) throws SQLException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + folder, e);
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(FILE_NAME));
        Migrations.apply(connection);
        return new EventStore(connection);
    }

    /** A new connection to the same database, for a reader thread. */
    public Connection reader() throws SQLException {
        return ((org.duckdb.DuckDBConnection) connection).duplicate();
    }

    public int schemaVersion() throws SQLException {
        return Migrations.currentVersion(connection);
    }

    /** Writes a batch in one transaction: new articles are added, known ones skipped, changed ones replaced. */
    public synchronized WriteResult write(List<AnnotatedArticle> batch) throws SQLException {
        connection.setAutoCommit(false);
        try {
            WriteResult.Builder result = new WriteResult.Builder();
            for (AnnotatedArticle article : batch) {
                writeArticle(article, result);
            }
            connection.commit();
            return result.build();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void writeArticle(AnnotatedArticle annotated, WriteResult.Builder result) throws SQLException {
        Article article = annotated.article();
        if (exists("SELECT 1 FROM articles WHERE article_id = ?", article.id())) {
            result.unchanged++;
            return;
        }
        String sourceKey = article.url() != null ? article.url() : article.input();
        String previous = single("SELECT article_id FROM articles WHERE source_key = ? AND superseded_by IS NULL",
                sourceKey);
        if (previous != null) {
            retireArticle(previous, article.id());
            result.replaced++;
        } else {
            result.added++;
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp, NULL)")) {
            st.setString(1, article.id());
            st.setString(2, sourceKey);
            st.setString(3, article.input());
            st.setString(4, article.title());
            st.setString(5, article.url());
            st.setString(6, article.published());
            st.setString(7, article.text());
            st.executeUpdate();
        }
        writeMentions(annotated);
        for (Event event : annotated.events()) {
            StoredEvent stored = StoredEvent.of(article.id(), article.text(), event);
            if (exists("SELECT 1 FROM events WHERE event_id = ?", stored.eventId())) {
                continue;
            }
            mergeIn(stored);
            result.events++;
        }
    }

    /** A changed article: the old version stays as history, its events leave their merged events. */
    private void retireArticle(String oldId, String newId) throws SQLException {
        update("UPDATE articles SET superseded_by = ? WHERE article_id = ?", newId, oldId);
        List<String> merged = strings("SELECT DISTINCT merged_id FROM events WHERE article_id = ? AND NOT deleted",
                oldId);
        update("UPDATE events SET deleted = true WHERE article_id = ?", oldId);
        for (String id : merged) {
            refreshMerged(id, "source article replaced by a newer version");
        }
    }

    private void writeMentions(AnnotatedArticle a) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            String id = a.article().id();
            for (PlaceMention p : a.places()) {
                addMention(st, id, "place", p.start(), p.end(), p.text(), p.name(), p);
            }
            for (DateMention d : a.dates()) {
                addMention(st, id, "date", d.start(), d.end(), d.text(), d.value(), d);
            }
            for (ActorMention m : a.actors()) {
                addMention(st, id, "actor", m.start(), m.end(), m.text(), m.name(), m);
            }
            st.executeBatch();
        }
    }

    private void addMention(PreparedStatement st, String id, String layer, int start, int end, String text,
                            String value, Object mention) throws SQLException {
        st.setString(1, id);
        st.setString(2, layer);
        st.setInt(3, start);
        st.setInt(4, end);
        st.setString(5, text);
        st.setString(6, value);
        try {
            st.setString(7, json.writeValueAsString(mention));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        st.addBatch();
    }

    /** Joins the event to the best compatible merged event, or founds a new one named after it. */
    private void mergeIn(StoredEvent event) throws SQLException {
        String target = null;
        String reason = "first report";
        if (event.date() != null) {
            int window = MergeRule.dayTolerance(3) + MergeRule.dayTolerance(event.timePrecision());
            Set<String> blocked = new HashSet<>(strings(
                    "SELECT event_b FROM merge_blocks WHERE event_a = ? UNION SELECT event_a FROM merge_blocks "
                            + "WHERE event_b = ?", event.eventId(), event.eventId()));
            double best = -1;
            for (StoredEvent member : events("SELECT * FROM events WHERE NOT deleted AND event_date BETWEEN ? AND ? "
                    + "AND (event_type = ? OR (event_type IS NULL AND plover = ?)) ORDER BY event_id",
                    event.date().minusDays(window), event.date().plusDays(window), event.eventType(), event.plover())) {
                if (blocked.contains(member.eventId())) {
                    continue;
                }
                String why = MergeRule.reasonToMerge(event, member);
                double score = why == null ? -1 : MergeRule.similarity(event.evidence(), member.evidence());
                if (why != null && score > best) {
                    best = score;
                    target = single("SELECT merged_id FROM events WHERE event_id = ?", member.eventId());
                    reason = why + " (with " + member.eventId() + ")";
                }
            }
        }
        String mergedId = target != null ? target : "M" + event.eventId();
        insertEvent(event, mergedId);
        update("INSERT INTO merge_log VALUES (?, ?, ?, current_timestamp, false)", mergedId, event.eventId(), reason);
        refreshMerged(mergedId, null);
    }

    /**
     * Undoes a merge: the event leaves its merged event for one of its own, and is never merged again with the
     * events it left.
     */
    public synchronized String split(String eventId) throws SQLException {
        connection.setAutoCommit(false);
        try {
            String from = single("SELECT merged_id FROM events WHERE event_id = ? AND NOT deleted", eventId);
            if (from == null) {
                throw new IllegalArgumentException("no event " + eventId);
            }
            String to = "M" + eventId;
            if (from.equals(to)) {
                // The founder leaves: the others keep the merged id, so move them instead.
                List<String> others = strings("SELECT event_id FROM events WHERE merged_id = ? AND event_id <> ? "
                        + "AND NOT deleted", from, eventId);
                if (others.isEmpty()) {
                    connection.commit();
                    return from;
                }
                to = "M" + others.get(0);
                for (String other : others) {
                    block(eventId, other);
                    update("UPDATE events SET merged_id = ? WHERE event_id = ?", to, other);
                }
                update("UPDATE merge_log SET undone = true WHERE merged_id = ? AND event_id <> ?", from, eventId);
            } else {
                for (String other : strings("SELECT event_id FROM events WHERE merged_id = ? AND event_id <> ? "
                        + "AND NOT deleted", from, eventId)) {
                    block(eventId, other);
                }
                update("UPDATE events SET merged_id = ? WHERE event_id = ?", to, eventId);
                update("UPDATE merge_log SET undone = true WHERE merged_id = ? AND event_id = ?", from, eventId);
            }
            update("INSERT INTO merge_log VALUES (?, ?, 'split by analyst', current_timestamp, false)", to, eventId);
            refreshMerged(from, null);
            refreshMerged(to, null);
            connection.commit();
            return to;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void block(String a, String b) throws SQLException {
        update("INSERT INTO merge_blocks VALUES (?, ?)", a, b);
    }

    /**
     * Recomputes a merged event from its live members: fields from the most confident report, fatalities and
     * injured by ACLED's conservative rule (the lowest figure reported), or deletes it when no member is left.
     */
    private void refreshMerged(String mergedId, String deletionReason) throws SQLException {
        List<StoredEvent> members = events("SELECT * FROM events WHERE merged_id = ? AND NOT deleted "
                + "ORDER BY confidence DESC, event_id", mergedId);
        update("DELETE FROM merged_events WHERE merged_id = ?", mergedId);
        if (members.isEmpty()) {
            if (exists("SELECT 1 FROM merge_log WHERE merged_id = ?", mergedId)) {
                update("INSERT INTO deletions VALUES (?, current_timestamp, ?)", mergedId,
                        deletionReason == null ? "no sources left" : deletionReason);
            }
            return;
        }
        StoredEvent top = members.get(0);
        Integer fatalities = lowest(members.stream().map(StoredEvent::fatalities).toList());
        Integer injured = lowest(members.stream().map(StoredEvent::injured).toList());
        long sources = members.stream().map(StoredEvent::articleId).distinct().count();
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO merged_events VALUES (?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, false)")) {
            int i = 1;
            st.setString(i++, mergedId);
            i = setEventColumns(st, i, top, false);
            setInteger(st, i++, fatalities);
            setInteger(st, i++, injured);
            st.setDouble(i++, top.confidence());
            st.setString(i++, top.evidence());
            st.setInt(i, (int) sources);
            st.executeUpdate();
        }
        applyCorrections(mergedId);
    }

    /** Records an analyst's correction and applies it; corrections outlive re-merging. */
    public synchronized void correct(String mergedId, String field, String value, String analyst) throws SQLException {
        if (!CORRECTABLE.contains(field)) {
            throw new IllegalArgumentException("field '" + field + "' cannot be corrected; allowed: "
                    + new java.util.TreeSet<>(CORRECTABLE));
        }
        connection.setAutoCommit(false);
        try {
            String old = single("SELECT CAST(" + field + " AS VARCHAR) FROM merged_events WHERE merged_id = ?",
                    mergedId);
            if (old == null && !exists("SELECT 1 FROM merged_events WHERE merged_id = ?", mergedId)) {
                throw new IllegalArgumentException("no event " + mergedId);
            }
            update("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, current_timestamp)", mergedId, field, old, value,
                    analyst);
            applyCorrections(mergedId);
            if ("deleted".equals(field) && Boolean.parseBoolean(value)) {
                update("INSERT INTO deletions VALUES (?, current_timestamp, 'not an event (analyst)')", mergedId);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void applyCorrections(String mergedId) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement st = prepare("SELECT field, new_value FROM corrections WHERE merged_id = ? "
                + "ORDER BY corrected_at", mergedId); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] row : rows) {
            // The field name comes from CORRECTABLE, checked when the correction was recorded.
            if (CORRECTABLE.contains(row[0])) {
                update("UPDATE merged_events SET " + row[0] + " = ?, updated_at = current_timestamp "
                        + "WHERE merged_id = ?", row[1], mergedId);
            }
        }
    }

    private static Integer lowest(List<Integer> values) {
        return values.stream().filter(v -> v != null).min(Integer::compare).orElse(null);
    }

    private void insertEvent(StoredEvent e, String mergedId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")) {
            int i = 1;
            st.setString(i++, e.eventId());
            st.setString(i++, e.articleId());
            st.setString(i++, mergedId);
            i = setEventColumns(st, i, e, true);
            st.executeUpdate();
        }
    }

    /** The columns events and merged_events share, from event_date to geo_precision (and on, for events). */
    private static int setEventColumns(PreparedStatement st, int i, StoredEvent e, boolean all) throws SQLException {
        st.setObject(i++, e.date());
        st.setInt(i++, e.timePrecision());
        st.setString(i++, e.eventType());
        st.setString(i++, e.subEventType());
        st.setString(i++, e.category());
        st.setString(i++, e.plover());
        st.setString(i++, e.ploverMode());
        st.setString(i++, e.status());
        st.setString(i++, e.actor1());
        st.setString(i++, e.actor1Kind());
        st.setString(i++, e.actor1Country());
        st.setString(i++, e.actor2());
        st.setString(i++, e.actor2Kind());
        st.setString(i++, e.actor2Country());
        st.setString(i++, e.assocActor1());
        st.setString(i++, e.assocActor2());
        st.setString(i++, e.location());
        if (e.geonameid() == null) {
            st.setNull(i++, Types.BIGINT);
        } else {
            st.setLong(i++, e.geonameid());
        }
        setDouble(st, i++, e.latitude());
        setDouble(st, i++, e.longitude());
        st.setString(i++, e.country());
        st.setString(i++, e.admin1());
        st.setString(i++, e.admin2());
        setInteger(st, i++, e.geoPrecision());
        if (all) {
            setInteger(st, i++, e.fatalities());
            setInteger(st, i++, e.injured());
            st.setDouble(i++, e.confidence());
            st.setInt(i++, e.evidenceStart());
            st.setInt(i++, e.evidenceEnd());
            st.setString(i++, e.evidence());
        }
        return i;
    }

    private List<StoredEvent> events(String sql, Object... params) throws SQLException {
        List<StoredEvent> result = new ArrayList<>();
        try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                LocalDate date = rs.getObject("event_date", LocalDate.class);
                result.add(new StoredEvent(rs.getString("event_id"), rs.getString("article_id"), date,
                        rs.getInt("time_precision"), rs.getString("event_type"), rs.getString("sub_event_type"),
                        rs.getString("category"), rs.getString("plover"), rs.getString("plover_mode"),
                        rs.getString("status"), rs.getString("actor1"), rs.getString("actor1_kind"),
                        rs.getString("actor1_country"), rs.getString("actor2"), rs.getString("actor2_kind"),
                        rs.getString("actor2_country"), rs.getString("assoc_actor_1"), rs.getString("assoc_actor_2"),
                        rs.getString("location"), (Long) rs.getObject("geonameid"),
                        (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                        rs.getString("country"), rs.getString("admin1"), rs.getString("admin2"),
                        (Integer) rs.getObject("geo_precision"), (Integer) rs.getObject("fatalities"),
                        (Integer) rs.getObject("injured"), rs.getDouble("confidence"), rs.getInt("evidence_start"),
                        rs.getInt("evidence_end"), rs.getString("evidence")));
            }
        }
        return result;
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement st = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }

    private boolean exists(String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next();
        }
    }

    private String single(String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private List<String> strings(String sql, Object... params) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(sql, params)) {
            st.executeUpdate();
        }
    }

    private static void setInteger(PreparedStatement st, int i, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, value);
        }
    }

    private static void setDouble(PreparedStatement st, int i, Double value) throws SQLException {
        if (value == null) {
            st.setNull(i, Types.DOUBLE);
        } else {
            st.setDouble(i, value);
        }
    }

    /** Runs a statement outside any batch, e.g. a checkpoint. */
    void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
