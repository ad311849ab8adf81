package io.dateline.store;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;
import io.dateline.model.Event;
import io.dateline.model.EventActor;
import io.dateline.model.EventLocation;
import io.dateline.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventStoreTest {
    @TempDir
    Path dir;
    private EventStore store;

    @BeforeEach
    void open() throws SQLException {
        store = EventStore.open(dir);
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    private static final EventActor GUNMEN = new EventActor("Gunmen", "Unidentified armed group", "unknown", "BF");
    private static final EventActor SOLDIERS = new EventActor("soldiers", "Military Forces of Burkina Faso",
            "state_forces", "BF");

    /** An article whose single event is an attack near Djibo, with the given date, fatalities and wording. */
    private static AnnotatedArticle attackReport(String input, String text, String date, Integer fatalities,
                                                 double lat) {
        Article article = new Article(input, ArticleIds.of(text), null, null, date, text, List.of(), null);
        int at = text.indexOf("Djibo");
        Event event = new Event(ArticleIds.of(input + text), date, 1, "Battles", "Armed clash", "political_violence",
                "ASSAULT", "firearms", "occurred", GUNMEN, SOLDIERS, List.of(), List.of(),
                new EventLocation(at, at + 5, "Djibo", "Djibo", 2360886L, lat, -1.63, "BF", "Sahel", null, 2),
                fatalities, null, 0.8, new Span(0, text.length()));
        return AnnotatedArticle.of(article).withEvents(List.of(event));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = store.reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void sameEventFromTwoArticlesBecomesOneWithBothSources() throws SQLException {
        store.write(List.of(attackReport("a.txt", "Gunmen attacked soldiers near Djibo, killing four.", "2025-03-11",
                4, 14.10)));
        store.write(List.of(attackReport("b.txt", "Three soldiers died when gunmen struck an army post near Djibo.",
                "2025-03-12", 3, 14.12)));
        assertEquals(2, count("SELECT count(*) FROM events"));
        assertEquals(1, count("SELECT count(*) FROM merged_events"));
        assertEquals(2, count("SELECT source_count FROM merged_events"));
        assertEquals(3, count("SELECT fatalities FROM merged_events"), "ACLED: the lowest reported figure");
        assertEquals(1, count("SELECT count(*) FROM merge_log WHERE reason LIKE 'same type Armed clash; dates 1 day%'"));
    }

    @Test
    void distantPlacesOrDatesStayApart() throws SQLException {
        store.write(List.of(attackReport("a.txt", "Gunmen attacked soldiers near Djibo.", "2025-03-11", 4, 14.10)));
        store.write(List.of(attackReport("b.txt", "Gunmen attacked soldiers near Djibo again.", "2025-03-20", 2,
                14.10)));
        store.write(List.of(attackReport("c.txt", "Gunmen attacked soldiers north of Djibo.", "2025-03-11", 1,
                15.50)));
        assertEquals(3, count("SELECT count(*) FROM merged_events"));
    }

    @Test
    void writingTheSameArticleTwiceAddsNothing() throws SQLException {
        AnnotatedArticle report = attackReport("a.txt", "Gunmen attacked soldiers near Djibo.", "2025-03-11", 4, 14.1);
        store.write(List.of(report));
        WriteResult again = store.write(List.of(report));
        assertEquals(new WriteResult(0, 0, 1, 0), again);
        assertEquals(1, count("SELECT count(*) FROM articles"));
        assertEquals(1, count("SELECT count(*) FROM events"));
    }

    @Test
    void changedArticleReplacesItsEventsAndKeepsHistory() throws SQLException {
        store.write(List.of(attackReport("a.txt", "Gunmen attacked soldiers near Djibo, killing two.", "2025-03-11",
                2, 14.1)));
        WriteResult update = store.write(List.of(attackReport("a.txt",
                "Gunmen attacked soldiers near Djibo, killing five, officials said later.", "2025-03-11", 5, 14.1)));
        assertEquals(1, update.replaced());
        assertEquals(2, count("SELECT count(*) FROM articles"));
        assertEquals(1, count("SELECT count(*) FROM articles WHERE superseded_by IS NOT NULL"));
        assertEquals(1, count("SELECT count(*) FROM merged_events"));
        assertEquals(5, count("SELECT fatalities FROM merged_events"));
        assertEquals(1, count("SELECT count(*) FROM deletions"));
    }

    @Test
    void analystCanUndoAMergeAndItStaysUndone() throws SQLException {
        AnnotatedArticle a = attackReport("a.txt", "Gunmen attacked soldiers near Djibo.", "2025-03-11", 4, 14.10);
        AnnotatedArticle b = attackReport("b.txt", "Gunmen hit an army post near Djibo.", "2025-03-11", 3, 14.11);
        store.write(List.of(a, b));
        assertEquals(1, count("SELECT count(*) FROM merged_events"));
        String second = b.events().get(0).eventId();
        String newId = store.split(second);
        assertEquals("M" + second, newId);
        assertEquals(2, count("SELECT count(*) FROM merged_events"));
        assertTrue(count("SELECT count(*) FROM merge_log WHERE undone") >= 1);
        // A third report close to both joins one of them, and the split pair is never merged back.
        store.write(List.of(attackReport("c.txt", "Gunmen attacked soldiers near Djibo on Tuesday.", "2025-03-11", 4,
                14.10)));
        assertEquals(2, count("SELECT count(*) FROM merged_events"));
        assertEquals(1, count("SELECT count(*) FROM merged_events WHERE merged_id = '" + newId + "'"));
    }

    @Test
    void schemaIsMigratedOnceAndReopensAtTheSameVersion() throws SQLException {
        int version = store.schemaVersion();
        assertTrue(version >= 1);
        store.close();
        store = EventStore.open(dir);
        assertEquals(version, store.schemaVersion());
        assertEquals(version, count("SELECT count(*) FROM schema_version"));
    }

    @Test
    void analystCanMergeWhatTheRuleKeptApart() throws SQLException {
        AnnotatedArticle a = attackReport("a.txt", "Gunmen attacked soldiers near Djibo.", "2025-03-11", 4, 14.10);
        AnnotatedArticle b = attackReport("b.txt", "Gunmen attacked soldiers north of Djibo.", "2025-03-11", 6, 15.50);
        store.write(List.of(a, b));
        assertEquals(2, count("SELECT count(*) FROM merged_events"));
        String into = "M" + a.events().get(0).eventId();
        String from = "M" + b.events().get(0).eventId();
        store.merge(into, from);
        assertEquals(1, count("SELECT count(*) FROM merged_events"));
        assertEquals(2, count("SELECT source_count FROM merged_events WHERE merged_id = '" + into + "'"));
        assertEquals(4, count("SELECT fatalities FROM merged_events"));
        assertEquals(1, count("SELECT count(*) FROM deletions WHERE merged_id = '" + from + "'"));
        assertThrows(IllegalArgumentException.class, () -> store.merge(into, into));
        assertThrows(IllegalArgumentException.class, () -> store.merge(into, from));
    }

    @Test
    void compactionKeepsEveryMergedEvent() throws SQLException {
        store.write(List.of(attackReport("a.txt", "Gunmen attacked soldiers near Djibo.", "2025-03-20", 4, 14.10),
                attackReport("b.txt", "Gunmen attacked soldiers near Djibo again.", "2025-03-01", 2, 14.10)));
        store.compact();
        assertEquals(2, count("SELECT count(*) FROM merged_events"));
        assertEquals(6, count("SELECT sum(fatalities) FROM merged_events"));
        store.write(List.of(attackReport("c.txt", "Gunmen attacked soldiers near Djibo once more.", "2025-03-20", 1,
                14.10)));
        assertEquals(2, count("SELECT count(*) FROM merged_events"));
    }

    @Test
    void mergedEventsComputedInMemoryMatchTheirMembersAcrossBatches() throws SQLException {
        // Reports of the same attack over three batches (one joins a merged event of an earlier batch, one more
        // confident report takes over its fields), a replaced article, and a distant event that stays alone.
        store.write(List.of(attackReport("a.txt", "Gunmen attacked soldiers near Djibo.", "2025-03-11", 4, 14.10),
                attackReport("far.txt", "Gunmen attacked soldiers far north of Djibo.", "2025-03-11", null, 16.0)));
        store.write(List.of(attackReport("b.txt", "Gunmen struck soldiers near Djibo.", "2025-03-12", 2, 14.11)));
        store.write(List.of(attackReport("c.txt", "Gunmen attacked an army post near Djibo.", "2025-03-11", null,
                14.12), attackReport("a.txt", "Gunmen attacked soldiers near Djibo, killing one.", "2025-03-11", 1,
                14.10)));
        assertEquals(2, count("SELECT count(*) FROM merged_events"));
        assertEquals(3, count("SELECT source_count FROM merged_events WHERE latitude < 15"));
        assertEquals(1, count("SELECT fatalities FROM merged_events WHERE latitude < 15"));
        // Every merged row equals the set-based recomputation from its live members.
        assertEquals(0, count("SELECT count(*) FROM (SELECT m.merged_id, m.fatalities, m.injured, m.source_count, "
                + "m.evidence, m.latitude, m.event_date FROM merged_events m EXCEPT SELECT r.merged_id, a.f, a.i, "
                + "a.s, r.evidence, r.latitude, r.event_date FROM (SELECT *, row_number() OVER (PARTITION BY "
                + "merged_id ORDER BY confidence DESC, event_id) AS rn FROM events WHERE NOT deleted) r JOIN "
                + "(SELECT merged_id, min(fatalities) AS f, min(injured) AS i, count(DISTINCT article_id)::INTEGER "
                + "AS s FROM events WHERE NOT deleted GROUP BY merged_id) a USING (merged_id) WHERE r.rn = 1)"));
        assertEquals(count("SELECT count(DISTINCT merged_id) FROM events WHERE NOT deleted"),
                count("SELECT count(*) FROM merged_events"));
    }

    @Test
    void manyReportsOfOnePlaceFindEachOtherWhateverTheirOrder() throws SQLException {
        // More reports of one place than a run of the merge index holds (it splits them), in two batches, dates
        // not in order: every report joins the one merged event, which keeps the lowest figure.
        for (int batch = 0; batch < 2; batch++) {
            List<AnnotatedArticle> articles = new ArrayList<>();
            for (int i = batch * 300; i < batch * 300 + 300; i++) {
                articles.add(attackReport("r" + i + ".txt", "Gunmen attacked soldiers near Djibo, report " + i + ".",
                        i % 3 == 0 ? "2025-03-11" : "2025-03-10", 3 + (i * 7) % 50, 14.10 + (i % 7) * 0.01));
            }
            store.write(articles);
        }
        store.write(List.of(attackReport("far.txt", "Gunmen attacked soldiers far north of Djibo.", "2025-03-10", 1,
                16.0)));
        assertEquals(601, count("SELECT count(*) FROM events"));
        assertEquals(2, count("SELECT count(*) FROM merged_events"));
        assertEquals(600, count("SELECT source_count FROM merged_events WHERE latitude < 15"));
        assertEquals(3, count("SELECT fatalities FROM merged_events WHERE latitude < 15"));
    }
}
