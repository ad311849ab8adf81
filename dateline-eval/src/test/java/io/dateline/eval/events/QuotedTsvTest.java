package io.dateline.eval.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedTsvTest {
    private static List<List<String>> fields(String text) {
        return QuotedTsv.parse(text).stream().map(QuotedTsv.Record::fields).toList();
    }

    @Test
    void splitsOnTabsAndLineBreaks() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), fields("a\tb\nc\td\n"));
    }

    @Test
    void quotedFieldUnescapesDoubledQuotes() {
        assertEquals(List.of(List.of("1", "He said \"no\" twice", "X")),
                fields("1\t\"He said \"\"no\"\" twice\"\tX\n"));
    }

    @Test
    void quotedFieldMayHoldTabsAndLineBreaks() {
        List<QuotedTsv.Record> records = QuotedTsv.parse("1\t\"one\ttwo\nthree\"\tX\n2\tplain\tY\n");
        assertEquals(List.of("1", "one\ttwo\nthree", "X"), records.get(0).fields());
        assertEquals(3, records.get(1).line());
    }

    @Test
    void quoteInsideUnquotedFieldIsLiteral() {
        assertEquals(List.of(List.of("the \"big\" one", "Z")), fields("the \"big\" one\tZ"));
    }

    @Test
    void textAfterClosingQuoteIsKept() {
        assertEquals(List.of(List.of("a\u201D", "b")), fields("\"a\u201D\"\tb"));
        assertEquals(List.of(List.of("ab", "c")), fields("\"a\"b\tc"));
    }

    @Test
    void acceptsCrLfByteOrderMarkAndBlankLines() {
        assertEquals(List.of(List.of("id", "x"), List.of("1", "y")), fields("\uFEFFid\tx\r\n\r\n1\ty\r\n"));
    }

    @Test
    void keepsEmptyFields() {
        assertEquals(List.of(List.of("", "", "z")), fields("\t\tz\n"));
    }
}
