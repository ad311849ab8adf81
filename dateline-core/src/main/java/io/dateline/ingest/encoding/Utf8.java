package io.dateline.ingest.encoding;

/** Byte-level UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * Length (2 to 4) of the valid multibyte sequence starting at {@code i}, or 0 when the byte at {@code i} does not
     * start one. Call only for bytes &ge; 0x80.
     */
    public static int sequenceLength(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4) {
            return 0; // continuation byte, overlong 2-byte lead, or beyond U+10FFFF
        }
        if (lead < 0xE0) {
            return i + 1 < end && isContinuation(b[i + 1]) ? 2 : 0;
        }
        if (i + 1 >= end) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (lead < 0xF0) {
            int min = lead == 0xE0 ? 0xA0 : 0x80; // E0: overlong below A0
            int max = lead == 0xED ? 0x9F : 0xBF; // ED: surrogates from A0
            return second >= min && second <= max && i + 2 < end && isContinuation(b[i + 2]) ? 3 : 0;
        }
        int min = lead == 0xF0 ? 0x90 : 0x80; // F0: overlong below 90
        int max = lead == 0xF4 ? 0x8F : 0xBF; // F4: above U+10FFFF from 90
        return second >= min && second <= max && i + 3 < end && isContinuation(b[i + 2])
                && isContinuation(b[i + 3]) ? 4 : 0;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Counts over a range: valid multibyte sequences and bytes that fit no sequence. */
    public record Scan(long multibyteSequences, long invalidBytes) {
        public boolean valid() {
            return invalidBytes == 0;
        }
    }

    public static Scan scan(byte[] b, int offset, int length) {
        int end = offset + length;
        long sequences = 0;
        long invalid = 0;
        int i = offset;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(b, i, end);
            if (n == 0) {
                invalid++;
                i++;
            } else {
                sequences++;
                i += n;
            }
        }
        return new Scan(sequences, invalid);
    }
}
