package io.dateline.ingest.encoding;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8Test {
    @Test
    void countsSequencesAndInvalidBytes() {
        byte[] ok = "aé€😀".getBytes(StandardCharsets.UTF_8);
        Utf8.Scan scan = Utf8.scan(ok, 0, ok.length);
        assertTrue(scan.valid());
        assertEquals(3, scan.multibyteSequences());
        byte[] bad = {'a', (byte) 0xE9, 'b', (byte) 0xF5, (byte) 0x80};
        assertEquals(new Utf8.Scan(0, 3), Utf8.scan(bad, 0, bad.length));
    }

    @Test
    void rejectsCodePointsAboveUnicode() {
        byte[] b = {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
        assertEquals(0, Utf8.sequenceLength(b, 0, b.length));
    }

    @Test
    void acceptsLargestCodePoint() {
        byte[] b = {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF};
        assertEquals(4, Utf8.sequenceLength(b, 0, b.length));
    }
}
