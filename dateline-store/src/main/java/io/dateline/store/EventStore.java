package io.dateline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.model.ActorMention;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.DateMention;
import io.dateline.model.Event;
import io.dateline.model.PlaceMention;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

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

    /** The write-ahead log size at which DuckDB checkpoints by itself. */
    private static final String CHECKPOINT_THRESHOLD = "1GB";
    private final Connection connection;
    private final ObjectMapper json = new ObjectMapper();
    private final MergeIndex mergeIndex = new MergeIndex();
    /** Appends a batch's rows while the writer merges (see {@link RowSink}); one thread, the writer's helper. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dateline-store-appender");
        thread.setDaemon(true);
        return thread;
    });

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
        try (Statement st = connection.createStatement()) {
            // DuckDB checkpoints when the write-ahead log passes 16 MB: during a bulk ingest nearly every commit,
            // each rewriting the touched row groups (a third of the ingest time). The log is synced at every
            // commit and replayed on open, so a larger one loses nothing on a crash; compact() and close()
            // checkpoint.
            st.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
        }
        Migrations.apply(connection);
        return new EventStore(connection);
    }

    /** A new connection to the same database, for a reader thread. */
    public Connection reader() throws SQLException {
        return duck().duplicate();
    }

    public int schemaVersion() throws SQLException {
        return Migrations.currentVersion(connection);
    }

    /** Writes a batch in one transaction: new articles are added, known ones skipped, changed ones replaced. */
    public synchronized WriteResult write(List<AnnotatedArticle> batch) throws SQLException {
        connection.setAutoCommit(false);
        try {
            WriteResult result = writeBatch(batch);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            mergeIndex.clear();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private WriteResult writeBatch(List<AnnotatedArticle> batch) throws SQLException {
        WriteResult.Builder result = new WriteResult.Builder();
        Set<String> known = new HashSet<>(matching("SELECT k.key FROM batch_keys k JOIN articles a "
                + "ON a.article_id = k.key", batch.stream().map(a -> a.article().id()).distinct().toList()));
        List<AnnotatedArticle> fresh = new ArrayList<>();
        for (AnnotatedArticle a : batch) {
            if (known.add(a.article().id())) {
                fresh.add(a);
            } else {
                result.unchanged++;
            }
        }
        if (fresh.isEmpty()) {
            return result.build();
        }
        Set<String> touched = new LinkedHashSet<>();
        Map<String, String> current = currentBySource(fresh);
        for (AnnotatedArticle a : fresh) {
            String previous = current.put(sourceKey(a.article()), a.article().id());
            if (previous != null) {
                touched.addAll(retireArticle(previous, a.article().id()));
                result.replaced++;
            } else {
                result.added++;
            }
        }
        List<StoredEvent> events = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        for (AnnotatedArticle a : fresh) {
            for (Event e : a.events()) {
                StoredEvent stored = StoredEvent.of(a.article().id(), a.article().text(), e);
                if (eventIds.add(stored.eventId())) {
                    events.add(stored);
                }
            }
        }
        // Event ids hash the article id, and known articles were skipped above: these events are all new.
        Set<String> founded = new HashSet<>();
        RowSink sink = new RowSink(fresh, events);
        MergedPlan plan;
        boolean failed = true;
        try {
            touched.addAll(mergeIn(events, founded, sink));
            plan = planMerged(touched, founded, events);
            failed = false;
        } finally {
            sink.finish(failed);
        }
        result.events += events.size();
        writeMerged(plan);
        refreshMerged(plan.unknown(), "source article replaced by a newer version");
        return result.build();
    }

    private static String sourceKey(Article article) {
        return article.url() != null ? article.url() : article.input();
    }

    private Map<String, String> currentBySource(List<AnnotatedArticle> articles) throws SQLException {
        Map<String, String> current = new HashMap<>();
        for (String row : matching("SELECT a.source_key || chr(0) || a.article_id FROM batch_keys k JOIN articles a "
                + "ON a.source_key = k.key WHERE a.superseded_by IS NULL",
                articles.stream().map(a -> sourceKey(a.article())).distinct().toList())) {
            int split = row.indexOf('\0');
            current.put(row.substring(0, split), row.substring(split + 1));
        }
        return current;
    }

    /**
     * Runs {@code sql} against the given keys loaded into the temporary table {@code batch_keys(key)}: one join
     * instead of statements with hundreds of parameters, which DuckDB plans slowly.
     */
    private List<String> matching(String sql, List<String> keys) throws SQLException {
        loadKeys("batch_keys", keys);
        return strings(sql);
    }

    /** Replaces the contents of the temporary table {@code table(key)} with the given keys. */
    private void loadKeys(String table, java.util.Collection<String> keys) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + table + " (key VARCHAR)");
            st.execute("DELETE FROM " + table);
        }
        try (DuckDBAppender app = duck().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (String key : keys) {
                app.beginRow();
                app.append(key);
                app.endRow();
            }
        }
    }

    /** A changed article: the old version stays as history, its events leave their merged events. */
    private List<String> retireArticle(String oldId, String newId) throws SQLException {
        update("UPDATE articles SET superseded_by = ? WHERE article_id = ?", newId, oldId);
        List<String> merged = strings("SELECT DISTINCT merged_id FROM events WHERE article_id = ? AND NOT deleted",
                oldId);
        update("UPDATE events SET deleted = true WHERE article_id = ?", oldId);
        mergeIndex.clear();
        return merged;
    }

    private void appendArticles(List<AnnotatedArticle> articles) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (DuckDBAppender app = duck().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
            for (AnnotatedArticle a : articles) {
                Article article = a.article();
                app.beginRow();
                text(app, article.id());
                text(app, sourceKey(article));
                text(app, article.input());
                text(app, article.title());
                text(app, article.url());
                text(app, article.published());
                text(app, article.text());
                app.append(now);
                app.appendNull();
                app.endRow();
            }
        }
    }

    private void appendMentions(List<AnnotatedArticle> articles) throws SQLException {
        try (DuckDBAppender app = duck().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
            for (AnnotatedArticle a : articles) {
                String id = a.article().id();
                for (PlaceMention p : a.places()) {
                    mention(app, id, "place", p.start(), p.end(), p.text(), p.name(), p);
                }
                for (DateMention d : a.dates()) {
                    mention(app, id, "date", d.start(), d.end(), d.text(), d.value(), d);
                }
                for (ActorMention m : a.actors()) {
                    mention(app, id, "actor", m.start(), m.end(), m.text(), m.name(), m);
                }
            }
        }
    }

    private void mention(DuckDBAppender app, String id, String layer, int start, int end, String text, String value,
                         Object mention) throws SQLException {
        app.beginRow();
        text(app, id);
        text(app, layer);
        app.append(start);
        app.append(end);
        text(app, text);
        text(app, value);
        try {
            text(app, json.writeValueAsString(mention));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.endRow();
    }

    /**
     * Joins each event to the closest compatible merged event, or founds a new one named after it; returns the
     * merged ids touched. Candidates come from the in-memory index, loaded once per date range.
     */
    private Set<String> mergeIn(List<StoredEvent> events, Set<String> founded, RowSink sink) throws SQLException {
        Set<String> touched = new LinkedHashSet<>();
        if (events.isEmpty()) {
            sink.start();
            return touched;
        }
        int window = MergeRule.dayTolerance(3) * 2;
        loadIndex(events, window);
        Map<String, Set<String>> blocks = blocks(events);
        // From here the database is the sink's until it finishes: this thread only merges in memory.
        sink.start();
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            MergeIndex.Entry best = null;
            MergeRule.Match bestMatch = null;
            double bestDistance = Double.MAX_VALUE;
            Set<String> blocked = blocks.getOrDefault(event.eventId(), Set.of());
            for (MergeIndex.Entry candidate : mergeIndex.candidates(event)) {
                if (!blocked.isEmpty() && blocked.contains(candidate.eventId())) {
                    continue;
                }
                MergeRule.Match match = MergeRule.match(event, candidate);
                double distance = match == null ? 0 : match.distance();
                // Equally close candidates: the lowest event id, whatever order the index returns them in.
                if (match != null && (distance < bestDistance || distance == bestDistance
                        && candidate.eventId().compareTo(best.eventId()) < 0)) {
                    bestDistance = distance;
                    best = candidate;
                    bestMatch = match;
                }
            }
            String mergedId = best != null ? best.mergedId() : "M" + event.eventId();
            if (best == null) {
                founded.add(mergedId);
            }
            mergeIndex.add(event, mergedId);
            sink.assign(i, mergedId, bestMatch, best == null ? null : best.eventId());
            touched.add(mergedId);
        }
        sink.publish(events.size());
        return touched;
    }

    /**
     * Writes a batch's articles, mentions, events and merge log on the store's worker thread while the merge loop
     * runs: the loop is pure memory work and the appends are mostly the database's, so on two cores they overlap
     * (each took about a third of the ingest time). The loop hands over events in chunks once their merged ids
     * are known. Only the worker touches the connection between {@link #start} and {@link #finish}, and both run
     * inside the batch's transaction, so one transaction per batch and crash safety are unchanged.
     */
    private final class RowSink implements Callable<Void> {
        private static final int CHUNK = 256;
        private final List<AnnotatedArticle> articles;
        private final List<StoredEvent> events;
        private final String[] mergedIds;
        /** Why each event joined its merged event (null: first report), and with which event. */
        private final MergeRule.Match[] matches;
        private final String[] partners;
        /** How many events are ready (a negative number: stop, the batch failed). */
        private final BlockingQueue<Integer> ready = new LinkedBlockingQueue<>();
        private Future<Void> running;

        RowSink(List<AnnotatedArticle> articles, List<StoredEvent> events) {
            this.articles = articles;
            this.events = events;
            this.mergedIds = new String[events.size()];
            this.matches = new MergeRule.Match[events.size()];
            this.partners = new String[events.size()];
        }

        void start() {
            running = worker.submit(this);
        }

        void assign(int index, String mergedId, MergeRule.Match match, String partner) {
            mergedIds[index] = mergedId;
            matches[index] = match;
            partners[index] = partner;
            if ((index + 1) % CHUNK == 0) {
                publish(index + 1);
            }
        }

        void publish(int count) {
            ready.add(count);
        }

        /** Waits for the worker; after a failure ({@code failed}), stops it and keeps the first error. */
        void finish(boolean failed) throws SQLException {
            if (running == null) {
                return;
            }
            if (failed) {
                ready.add(-1);
            }
            try {
                running.get();
            } catch (ExecutionException e) {
                if (!failed) {
                    if (e.getCause() instanceof SQLException sql) {
                        throw sql;
                    }
                    throw new IllegalStateException("store write failed: " + e.getCause(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing a batch", e);
            }
        }

        @Override
        public Void call() throws SQLException, InterruptedException {
            appendArticles(articles);
            appendMentions(articles);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (DuckDBAppender eventRows = duck().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
                 DuckDBAppender logRows = duck().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "merge_log")) {
                int done = 0;
                while (done < events.size()) {
                    int upTo = ready.take();
                    if (upTo < 0) {
                        return null;
                    }
                    for (; done < upTo; done++) {
                        StoredEvent e = events.get(done);
                        appendEvent(eventRows, e, mergedIds[done]);
                        logRows.beginRow();
                        text(logRows, mergedIds[done]);
                        text(logRows, e.eventId());
                        // The reason text is built here, off the merge loop.
                        text(logRows, matches[done] == null ? "first report"
                                : matches[done].reason() + " (with " + partners[done] + ")");
                        logRows.append(now);
                        logRows.append(false);
                        logRows.endRow();
                    }
                }
            }
            return null;
        }
    }

    private void loadIndex(List<StoredEvent> events, int window) throws SQLException {
        LocalDate from = null;
        LocalDate to = null;
        for (StoredEvent e : events) {
            if (e.date() != null) {
                from = from == null || e.date().isBefore(from) ? e.date() : from;
                to = to == null || e.date().isAfter(to) ? e.date() : to;
            }
        }
        if (from == null) {
            return;
        }
        for (LocalDate[] range : mergeIndex.missing(from.minusDays(window), to.plusDays(window))) {
            // Whole merged events, members outside the range included, so that the index knows every member of
            // the merged events it holds. It never reads evidence texts: leave them in the database.
            try (PreparedStatement st = prepare("SELECT * EXCLUDE (evidence), NULL AS evidence FROM events "
                    + "WHERE NOT deleted AND merged_id IN (SELECT merged_id FROM events WHERE NOT deleted "
                    + "AND event_date BETWEEN ? AND ?)", range[0], range[1])) {
                indexEvents(st);
            }
            mergeIndex.markLoaded(range[0], range[1]);
        }
    }

    private Map<String, Set<String>> blocks(List<StoredEvent> events) throws SQLException {
        Map<String, Set<String>> blocks = new HashMap<>();
        if (!exists("SELECT 1 FROM merge_blocks LIMIT 1")) {
            return blocks;
        }
        for (String pair : matching("SELECT b.event_a || chr(0) || b.event_b FROM merge_blocks b "
                + "WHERE b.event_a IN (SELECT key FROM batch_keys) OR b.event_b IN (SELECT key FROM batch_keys)",
                events.stream().map(StoredEvent::eventId).toList())) {
            int split = pair.indexOf('\0');
            String a = pair.substring(0, split);
            String b = pair.substring(split + 1);
            blocks.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            blocks.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
        return blocks;
    }

    private static void appendEvent(DuckDBAppender app, StoredEvent e, String mergedId) throws SQLException {
        app.beginRow();
        text(app, e.eventId());
        text(app, e.articleId());
        text(app, mergedId);
        appendCodedFields(app, e);
        nullable(app, e.fatalities());
        nullable(app, e.injured());
        app.append(e.confidence());
        app.append(e.evidenceStart());
        app.append(e.evidenceEnd());
        text(app, e.evidence());
        app.append(false);
        app.endRow();
    }

    /**
     * Undoes a merge: the event leaves its merged event for one of its own, and is never merged again with the
     * events it left.
     */
    public synchronized String split(String eventId) throws SQLException {
        connection.setAutoCommit(false);
        mergeIndex.clear();
        try {
            String from = single("SELECT merged_id FROM events WHERE event_id = ? AND NOT deleted", eventId);
            if (from == null) {
                throw new IllegalArgumentException("no event " + eventId);
            }
            List<String> others = strings("SELECT event_id FROM events WHERE merged_id = ? AND event_id <> ? "
                    + "AND NOT deleted ORDER BY event_id", from, eventId);
            if (others.isEmpty()) {
                connection.commit();
                return from;
            }
            for (String other : others) {
                update("INSERT INTO merge_blocks VALUES (?, ?)", eventId, other);
            }
            String to;
            if (from.equals("M" + eventId)) {
                // The founder leaves and keeps its id; the others stay together under the next member's name.
                to = from;
                String rest = "M" + others.get(0);
                update("UPDATE events SET merged_id = ? WHERE merged_id = ? AND event_id <> ?", rest, from, eventId);
                update("UPDATE merge_log SET undone = true WHERE merged_id = ? AND event_id <> ?", from, eventId);
                update("INSERT INTO merge_log SELECT ?, event_id, 'regrouped after ' || ? || ' was split off', "
                        + "current_timestamp, false FROM events WHERE merged_id = ?", rest, eventId, rest);
                refreshMerged(new LinkedHashSet<>(List.of(from, rest)), null);
            } else {
                to = "M" + eventId;
                update("UPDATE events SET merged_id = ? WHERE event_id = ?", to, eventId);
                update("UPDATE merge_log SET undone = true WHERE merged_id = ? AND event_id = ?", from, eventId);
                update("INSERT INTO merge_log VALUES (?, ?, 'split by analyst', current_timestamp, false)", to,
                        eventId);
                refreshMerged(new LinkedHashSet<>(List.of(from, to)), null);
            }
            connection.commit();
            return to;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Rewrites merged events in date and country order, so that DuckDB's per-block min/max (zone maps) skip most
     * of the table for the date and country filters queries use: about twice as fast on a million events. Run after
     * large ingests; later small writes append after the sorted part.
     */
    public synchronized void compact() throws SQLException {
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            // A sorted copy under the same definition replaces the table: cheaper than deleting and re-inserting
            // every row, and the checkpoint then writes the sorted rows only. (merged_events has no index.)
            String definition = single("SELECT sql FROM duckdb_tables() WHERE table_name = 'merged_events' "
                    + "AND NOT temporary");
            st.execute(definition.replaceFirst("merged_events", "merged_events_sorted"));
            st.execute("INSERT INTO merged_events_sorted SELECT * FROM merged_events "
                    + "ORDER BY event_date, country, merged_id");
            st.execute("DROP TABLE merged_events");
            st.execute("ALTER TABLE merged_events_sorted RENAME TO merged_events");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    /**
     * An analyst's merge: every report of {@code fromMergedId} joins {@code intoMergedId}, whose id survives; blocks
     * between the two groups are lifted, and the absorbed id goes to the deletions feed.
     */
    public synchronized void merge(String intoMergedId, String fromMergedId) throws SQLException {
        if (intoMergedId.equals(fromMergedId)) {
            throw new IllegalArgumentException("an event cannot be merged with itself");
        }
        connection.setAutoCommit(false);
        mergeIndex.clear();
        try {
            for (String id : List.of(intoMergedId, fromMergedId)) {
                if (!exists("SELECT 1 FROM merged_events WHERE merged_id = ? AND NOT deleted", id)) {
                    throw new IllegalArgumentException("no event " + id);
                }
            }
            update("DELETE FROM merge_blocks WHERE (event_a IN (SELECT event_id FROM events WHERE merged_id = ?) "
                    + "AND event_b IN (SELECT event_id FROM events WHERE merged_id = ?)) OR (event_a IN (SELECT "
                    + "event_id FROM events WHERE merged_id = ?) AND event_b IN (SELECT event_id FROM events WHERE "
                    + "merged_id = ?))", intoMergedId, fromMergedId, fromMergedId, intoMergedId);
            update("UPDATE merge_log SET undone = true WHERE merged_id = ?", fromMergedId);
            update("INSERT INTO merge_log SELECT ?, event_id, 'merged by analyst from ' || ?, current_timestamp, "
                    + "false FROM events WHERE merged_id = ? AND NOT deleted", intoMergedId, fromMergedId,
                    fromMergedId);
            update("UPDATE events SET merged_id = ? WHERE merged_id = ?", intoMergedId, fromMergedId);
            refreshMerged(new LinkedHashSet<>(List.of(intoMergedId, fromMergedId)),
                    "merged into " + intoMergedId + " by analyst");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * The merged rows of a batch, computed in memory: rows to write whole (their best report is in the batch),
     * rows whose figures change (their best report stays), and ids the index does not hold whole.
     */
    private record MergedPlan(Map<String, StoredEvent> inBatch, List<MergedRow> rewritten, List<String> rewrittenIds,
                              List<MergedRow> refigured, Set<String> known, Set<String> unknown) {
    }

    /**
     * Recomputes the merged events the merge index knows whole from its members, in the writer's memory, by the
     * rule of {@link #refreshMerged}. A row whose best report is in this batch (founded here, or a new report is
     * more confident) is written whole from memory, after deleting the old one; an earlier merged event whose best
     * report stays gets its figures updated in place (most rows once the store is large: re-inserting them joined
     * the events table, which grows with the store). Ids the index does not hold whole are left for the SQL
     * refresh. Touches no database: it runs while the batch's rows are still being appended.
     */
    private MergedPlan planMerged(Set<String> touched, Set<String> founded, List<StoredEvent> batch) {
        Map<String, StoredEvent> inBatch = new HashMap<>();
        for (StoredEvent e : batch) {
            inBatch.put(e.eventId(), e);
        }
        Set<String> known = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        List<MergedRow> rewritten = new ArrayList<>();
        List<MergedRow> refigured = new ArrayList<>();
        List<String> rewrittenIds = new ArrayList<>();
        for (String id : touched) {
            List<MergeIndex.Entry> members = mergeIndex.members(id);
            if (members.isEmpty()) {
                unknown.add(id);
                continue;
            }
            known.add(id);
            MergedRow row = MergedRow.of(id, members);
            if (!inBatch.containsKey(row.bestEventId())) {
                // The best report is an earlier one, so it was already the best: the stored row keeps its fields.
                refigured.add(row);
            } else {
                rewritten.add(row);
                if (!founded.contains(id)) {
                    rewrittenIds.add(id);
                }
            }
        }
        return new MergedPlan(inBatch, rewritten, rewrittenIds, refigured, known, unknown);
    }

    private void writeMerged(MergedPlan plan) throws SQLException {
        List<String> rewrittenIds = plan.rewrittenIds();
        List<MergedRow> refigured = plan.refigured();
        List<MergedRow> rewritten = plan.rewritten();
        Map<String, StoredEvent> inBatch = plan.inBatch();
        if (!rewrittenIds.isEmpty()) {
            loadKeys("touched_ids", rewrittenIds);
            update("DELETE FROM merged_events WHERE merged_id IN (SELECT key FROM touched_ids)");
        }
        if (!refigured.isEmpty()) {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS merged_figures (merged_id VARCHAR, fatalities INTEGER, "
                        + "injured INTEGER, sources INTEGER)");
                st.execute("DELETE FROM merged_figures");
            }
            try (DuckDBAppender app = duck().createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                    "merged_figures")) {
                for (MergedRow row : refigured) {
                    app.beginRow();
                    text(app, row.mergedId());
                    nullable(app, row.fatalities());
                    nullable(app, row.injured());
                    app.append(row.sources());
                    app.endRow();
                }
            }
            // An update in place: no re-read of the best report, no row deleted and written again.
            update("UPDATE merged_events SET fatalities = f.fatalities, injured = f.injured, "
                    + "source_count = f.sources, updated_at = current_timestamp FROM merged_figures f "
                    + "WHERE merged_events.merged_id = f.merged_id");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (DuckDBAppender app = duck().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "merged_events")) {
            for (MergedRow row : rewritten) {
                appendMerged(app, row, inBatch.get(row.bestEventId()), now);
            }
        }
        if (exists("SELECT 1 FROM corrections LIMIT 1")) {
            loadKeys("touched_ids", plan.known());
            for (String id : strings("SELECT DISTINCT merged_id FROM corrections WHERE merged_id IN "
                    + "(SELECT key FROM touched_ids)")) {
                applyCorrections(id);
            }
        }
    }

    private static void appendMerged(DuckDBAppender app, MergedRow row, StoredEvent e, LocalDateTime now)
            throws SQLException {
        app.beginRow();
        text(app, row.mergedId());
        appendCodedFields(app, e);
        nullable(app, row.fatalities());
        nullable(app, row.injured());
        app.append(e.confidence());
        text(app, e.evidence());
        app.append(row.sources());
        app.append(now);
        app.append(false);
        app.endRow();
    }

    /**
     * Recomputes merged events from their live members in one statement: fields from the most confident report,
     * fatalities and injured by ACLED's conservative rule (the lowest figure reported), the number of distinct
     * source articles. A merged event left without members is deleted and announced in the deletions feed.
     */
    private void refreshMerged(Set<String> ids, String deletionReason) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        loadKeys("touched_ids", ids);
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM merged_events WHERE merged_id IN (SELECT key FROM touched_ids)");
            st.execute("INSERT INTO merged_events SELECT r.merged_id, r.event_date, r.time_precision, r.event_type, "
                    + "r.sub_event_type, r.category, r.plover, r.plover_mode, r.status, r.actor1, r.actor1_kind, "
                    + "r.actor1_country, r.actor2, r.actor2_kind, r.actor2_country, r.assoc_actor_1, "
                    + "r.assoc_actor_2, r.location, r.geonameid, r.latitude, r.longitude, r.country, r.admin1, "
                    + "r.admin2, r.geo_precision, a.fatalities, a.injured, r.confidence, r.evidence, a.sources, "
                    + "current_timestamp, false "
                    + "FROM (SELECT *, row_number() OVER (PARTITION BY merged_id ORDER BY confidence DESC, event_id) "
                    + "AS rn FROM events WHERE NOT deleted AND merged_id IN (SELECT key FROM touched_ids)) r "
                    + "JOIN (SELECT merged_id, min(fatalities) AS fatalities, min(injured) AS injured, "
                    + "count(DISTINCT article_id)::INTEGER AS sources FROM events WHERE NOT deleted AND merged_id IN "
                    + "(SELECT key FROM touched_ids) GROUP BY merged_id) a USING (merged_id) WHERE r.rn = 1");
        }
        update("INSERT INTO deletions SELECT t.key, current_timestamp, ? FROM touched_ids t "
                + "WHERE t.key NOT IN (SELECT merged_id FROM merged_events) "
                + "AND t.key IN (SELECT merged_id FROM merge_log)",
                deletionReason == null ? "no sources left" : deletionReason);
        for (String id : strings("SELECT DISTINCT merged_id FROM corrections WHERE merged_id IN "
                + "(SELECT key FROM touched_ids)")) {
            applyCorrections(id);
        }
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

    /**
     * Adds the events a query returns to the merge index, each under its merged id, except merged events the index
     * already holds whole (an earlier range reached their members).
     */
    private void indexEvents(PreparedStatement st) throws SQLException {
        Set<String> loading = new HashSet<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String mergedId = rs.getString("merged_id");
                if (!loading.contains(mergedId) && mergeIndex.knows(mergedId)) {
                    continue;
                }
                loading.add(mergedId);
                LocalDate date = rs.getObject("event_date", LocalDate.class);
                mergeIndex.add(new StoredEvent(rs.getString("event_id"), rs.getString("article_id"), date,
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
                        rs.getInt("evidence_end"), rs.getString("evidence")), mergedId);
            }
        }
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

    private DuckDBConnection duck() {
        return (DuckDBConnection) connection;
    }

    /** The columns events and merged events share, from the date to the geo precision, in table order. */
    private static void appendCodedFields(DuckDBAppender app, StoredEvent e) throws SQLException {
        if (e.date() == null) {
            app.appendNull();
        } else {
            app.append(e.date());
        }
        app.append(e.timePrecision());
        for (String v : new String[] {e.eventType(), e.subEventType(), e.category(), e.plover(), e.ploverMode(),
                e.status(), e.actor1(), e.actor1Kind(), e.actor1Country(), e.actor2(), e.actor2Kind(),
                e.actor2Country(), e.assocActor1(), e.assocActor2(), e.location()}) {
            text(app, v);
        }
        nullable(app, e.geonameid());
        nullable(app, e.latitude());
        nullable(app, e.longitude());
        text(app, e.country());
        text(app, e.admin1());
        text(app, e.admin2());
        nullable(app, e.geoPrecision());
    }

    private static void text(DuckDBAppender app, String value) throws SQLException {
        if (value == null) {
            app.appendNull();
        } else {
            app.append(value);
        }
    }

    private static void nullable(DuckDBAppender app, Number value) throws SQLException {
        if (value == null) {
            app.appendNull();
        } else if (value instanceof Long l) {
            app.append(l.longValue());
        } else if (value instanceof Double d) {
            app.append(d.doubleValue());
        } else {
            app.append(value.intValue());
        }
    }

    @Override
    public void close() throws SQLException {
        worker.shutdownNow();
        connection.close();
    }
}
