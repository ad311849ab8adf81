package io.dateline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private DecodedText decode(byte[] b) {
        return decoder.decode(b, 0, b.length, "a.txt", 1);
    }

    @Test
    void validUtf8IsDecodedWithoutProblems() {
        DecodedText d = decode("Zürich — 北京 😀".getBytes(StandardCharsets.UTF_8));
        assertEquals("Zürich — 北京 😀", d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.problems().isEmpty());
    }

    @Test
    void emptyInputIsEmptyText() {
        DecodedText d = decode(new byte[0]);
        assertEquals("", d.text());
        assertTrue(d.problems().isEmpty());
    }

    @Test
    void utf8BomIsStripped() {
        DecodedText d = decode(concat(bytes(0xEF, 0xBB, 0xBF), "Genève".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Genève", d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void utf16LittleEndianBom() {
        DecodedText d = decode(concat(bytes(0xFF, 0xFE), "Kyiv é".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("Kyiv é", d.text());
        assertEquals("UTF-16LE", d.charset());
    }

    @Test
    void utf16BigEndianBom() {
        DecodedText d = decode(concat(bytes(0xFE, 0xFF), "Lagos".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("Lagos", d.text());
        assertEquals("UTF-16BE", d.charset());
    }

    @Test
    void utf16WithoutBomIsRecognisedByNulBytes() {
        assertEquals("Cairo, Egypt", decode("Cairo, Egypt".getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals("Cairo, Egypt", decode("Cairo, Egypt".getBytes(StandardCharsets.UTF_16BE)).text());
        assertEquals("UTF-16BE", decode("Cairo, Egypt".getBytes(StandardCharsets.UTF_16BE)).charset());
    }

    @Test
    void fewBadBytesInUtf8AreReadAsWindows1252AndReported() {
        // line 1 valid UTF-8 "é", line 2 a windows-1252 right quote 0x92, line 3 a 0x93 left quote
        byte[] b = concat("café\n".getBytes(StandardCharsets.UTF_8), ascii("it"), bytes(0x92), ascii("s\n"),
                bytes(0x93), ascii("quoted"));
        DecodedText d = decode(b);
        assertEquals("café\nit’s\n“quoted", d.text());
        assertEquals(1, d.problems().size());
        IngestProblem p = d.problems().get(0);
        assertFalse(p.skipped());
        assertEquals("a.txt", p.origin());
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("2 bytes not valid UTF-8"), p.message());
        assertTrue(p.message().contains("lines 2, 3"), p.message());
    }

    @Test
    void reportedLinesStartAtFirstLine() {
        byte[] b = concat("é\n\n".getBytes(StandardCharsets.UTF_8), bytes(0xE9));
        IngestProblem p = decoder.decode(b, 0, b.length, "feed.jsonl", 41).problems().get(0);
        assertEquals(43, p.line());
    }

    @Test
    void manyBadBytesNameOnlyTheFirstLines() {
        StringBuilder expected = new StringBuilder("ü");
        byte[] b = "ü".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 8; i++) {
            b = concat(b, bytes('\n', 0xA3));
            expected.append("\n£");
        }
        DecodedText d = decode(b);
        assertEquals(expected.toString(), d.text());
        assertTrue(d.problems().get(0).message().contains("lines 2, 3, 4, 5, 6, ..."), d.problems().get(0).message());
    }

    @Test
    void legacyFileWithoutAnyMultibyteSequenceIsWindows1252WithOneWarning() {
        byte[] b = concat(ascii("Br"), bytes(0xFC), ascii("ssel\nS"), bytes(0xE3), ascii("o Paulo "),
                bytes(0x80), ascii("5"));
        DecodedText d = decode(b);
        assertEquals("Brüssel\nSão Paulo €5", d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals(1, d.problems().size());
        assertFalse(d.problems().get(0).skipped());
    }

    @Test
    void undefinedWindows1252BytesAreKeptNotReplaced() {
        DecodedText d = decode(bytes('a', 0x81, 'b', 0x9D));
        assertEquals("a\u0081b\u009D", d.text());
    }

    @Test
    void truncatedSequenceAtEndIsRepairedNotDropped() {
        byte[] b = concat("é".getBytes(StandardCharsets.UTF_8), bytes('x', 0xE2, 0x82));
        assertEquals("éxâ‚", decode(b).text());
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalid() {
        // C0 AF is an overlong '/', ED A0 80 an encoded surrogate: both must be repaired byte by byte
        byte[] b = concat("ä".getBytes(StandardCharsets.UTF_8), bytes(0xC0, 0xAF, 0xED, 0xA0, 0x80));
        DecodedText d = decode(b);
        assertEquals("äÀ¯í\u00A0€", d.text());
        assertTrue(d.problems().get(0).message().startsWith("5 bytes"), d.problems().get(0).message());
    }

    @Test
    void decodesOnlyTheGivenRange() {
        byte[] b = ascii("xxHello\nyy");
        assertEquals("Hello", decoder.decode(b, 2, 5, "a", 1).text());
    }

    @Test
    void plainTextIsNotBinary() {
        byte[] b = "Reuters — Paris\r\n\tDate: 2024-01-01\f".getBytes(StandardCharsets.UTF_8);
        assertFalse(decoder.looksBinary(b, b.length));
    }

    @Test
    void nulInUtf8TextIsBinary() {
        byte[] b = bytes('a', 'b', 'c', 0, 'd', 'e', 'f', 'g', 'h', 'i');
        assertTrue(decoder.looksBinary(b, b.length));
    }

    @Test
    void utf16TextIsNotBinary() {
        byte[] le = "Some ordinary news text".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = concat(bytes(0xFE, 0xFF), "News".getBytes(StandardCharsets.UTF_16BE));
        assertFalse(decoder.looksBinary(le, le.length));
        assertFalse(decoder.looksBinary(be, be.length));
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] b = concat(ascii("abcdefgh"), bytes(1, 2, 3, 4, 5, 6, 7, 8));
        assertTrue(decoder.looksBinary(b, b.length));
    }

    @Test
    void magicNumbersAreBinary() {
        byte[][] files = {
            concat(ascii("%PDF-1.7\n"), ascii("text-looking")),
            bytes(0x50, 0x4B, 0x03, 0x04, 'a', 'b'),
            bytes(0x89, 'P', 'N', 'G', '\r', '\n'),
            bytes(0xFF, 0xD8, 0xFF, 0xE0, 'J', 'F', 'I', 'F'),
            bytes(0x1F, 0x8B, 0x08, 'x'),
        };
        for (byte[] f : files) {
            assertTrue(decoder.looksBinary(f, f.length));
        }
    }

    @Test
    void looksBinaryRespectsLength() {
        byte[] b = bytes('t', 'e', 'x', 't', 0, 0, 0, 0);
        assertFalse(decoder.looksBinary(b, 4));
    }

    @Test
    void htmlMetaCharsetWinsOverRepairWhenBytesAreNotUtf8() {
        byte[] b = concat(ascii("<html><head><meta charset=\"ISO-8859-1\"></head><body>M"), bytes(0xFC),
                ascii("nchen "), bytes(0xC3, 0xA9), ascii("</body>"));
        DecodedText d = decoder.decodeHtml(b, 0, b.length, "p.html", 1);
        // latin-1 as browsers read it: windows-1252; C3 A9 is two characters there
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().contains("München Ã©"), d.text());
        assertTrue(d.problems().isEmpty());
    }

    @Test
    void htmlHttpEquivDeclaration() {
        byte[] b = concat(ascii("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1251'>"),
                bytes(0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0));
        DecodedText d = decoder.decodeHtml(b, 0, b.length, "p.html", 1);
        assertEquals("windows-1251", d.charset());
        assertTrue(d.text().endsWith("Москва"), d.text());
    }

    @Test
    void htmlValidUtf8IgnoresWrongDeclaration() {
        byte[] b = "<meta charset=iso-8859-1><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
        DecodedText d = decoder.decodeHtml(b, 0, b.length, "p.html", 1);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().contains("Zürich"));
    }

    @Test
    void htmlDeclarationAfterTwoKilobytesIsIgnored() {
        byte[] b = concat(ascii("<!--" + "x".repeat(2100) + "-->"), ascii("<meta charset=\"windows-1251\">"),
                bytes(0xE9));
        DecodedText d = decoder.decodeHtml(b, 0, b.length, "p.html", 1);
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().endsWith("é"));
    }

    @Test
    void htmlWithoutDeclarationFallsBackToRepair() {
        byte[] b = concat("<p>Málaga".getBytes(StandardCharsets.UTF_8), bytes(0x96), ascii("Sevilla</p>"));
        DecodedText d = decoder.decodeHtml(b, 0, b.length, "p.html", 1);
        assertEquals("<p>Málaga–Sevilla</p>", d.text());
        assertEquals(1, d.problems().size());
    }

    @Test
    void htmlDeclaredUtf8ButBrokenIsRepaired() {
        byte[] b = concat("<meta charset=utf-8><p>Łódź ".getBytes(StandardCharsets.UTF_8), bytes(0x85));
        DecodedText d = decoder.decodeHtml(b, 0, b.length, "p.html", 1);
        assertTrue(d.text().endsWith("Łódź …"), d.text());
        assertEquals(1, d.problems().size());
    }
}
