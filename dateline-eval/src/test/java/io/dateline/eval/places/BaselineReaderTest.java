package io.dateline.eval.places;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineReaderTest {
    @Test
    void readsOneLinePerArticleIncludingEmptyLines() {
        String content = "Leeds,,Leeds,,53.79,,-1.54,,11,,16||York,,York,,53.95,,-1.08,,20,,24||\n\nBonn,,Bonn,,50.7,,7.1,,0,,4||\n";
        List<List<Toponym>> lines = BaselineReader.parse(content);
        assertEquals(3, lines.size());
        assertEquals(2, lines.get(0).size());
        assertTrue(lines.get(1).isEmpty());
        assertEquals("Bonn", lines.get(2).get(0).text());
        assertEquals(7.1, lines.get(2).get(0).lon(), 1e-9);
    }

    @Test
    void goldLinesWithASeventhFieldAreRead() {
        List<Toponym> line = BaselineReader.parseLine("Leeds,,Leeds,,53.79,,-1.54,,11,,16,,550.2||");
        assertEquals(16, line.get(0).end());
    }

    @Test
    void malformedEntriesAreSkipped() {
        assertEquals(1, BaselineReader.parseLine("x,,y||Leeds,,Leeds,,53.79,,-1.54,,11,,16").size());
    }

    @Test
    void aLineThatDoesNotFitItsArticleIsRejected() {
        String text = "A storm in Leeds.";
        List<Toponym> wrong = BaselineReader.parseLine("Bonn,,Bonn,,50.7,,7.1,,0,,4||Kiel,,Kiel,,54.3,,10.1,,6,,10");
        assertNull(Alignment.align(text, wrong));
        List<Toponym> right = BaselineReader.parseLine("Leeds,,Leeds,,53.79,,-1.54,,12,,17");
        assertEquals(11, Alignment.align(text, right).get(0).start());
    }
}
