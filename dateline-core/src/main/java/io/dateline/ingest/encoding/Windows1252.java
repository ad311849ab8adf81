package io.dateline.ingest.encoding;

/**
 * windows-1252 as browsers decode it: the five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * become the C1 control with the same value instead of U+FFFD, so decoding never loses a byte.
 */
public final class Windows1252 {
    private static final char[] HIGH_CONTROLS = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
    };

    private Windows1252() {
    }

    /** The character for one byte. */
    public static char decode(byte b) {
        int v = b & 0xFF;
        return v >= 0x80 && v < 0xA0 ? HIGH_CONTROLS[v - 0x80] : (char) v;
    }

    /** Decodes a whole range. */
    public static String decode(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = decode(bytes[offset + i]);
        }
        return new String(out);
    }
}
