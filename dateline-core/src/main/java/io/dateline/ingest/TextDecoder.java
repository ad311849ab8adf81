package io.dateline.ingest;

import io.dateline.ingest.encoding.HtmlCharsetSniffer;
import io.dateline.ingest.encoding.Utf8;
import io.dateline.ingest.encoding.Windows1252;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a text or HTML file into a String without losing any of them. Byte-order marks decide first;
 * then UTF-16 recognised by its NUL pattern; then UTF-8. Invalid UTF-8 is repaired byte by byte with windows-1252
 * (the usual culprit: a Word or legacy-CMS fragment pasted into UTF-8) and reported as a warning; a file with no
 * valid multibyte sequence at all is taken as windows-1252. Two linear passes, no per-character objects.
 */
public final class TextDecoder {
    /** How far binary and UTF-16 sniffing looks, as git does for its binary check. */
    static final int SNIFF_BYTES = 8000;
    /** Share of control bytes (other than whitespace) above which a file is taken as binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** How many offending lines one warning names. */
    private static final int REPORTED_LINES = 5;

    /** True when the bytes look like a binary file rather than text. */
    public boolean looksBinary(byte[] bytes, int length) {
        if (hasBinaryMagic(bytes, length)) {
            return true;
        }
        if (bomCharset(bytes, 0, length) != null || utf16ByNulPattern(bytes, 0, length) != null) {
            return false;
        }
        int n = Math.min(length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                controls++;
            }
        }
        return controls > n * MAX_CONTROL_SHARE;
    }

    /** Decodes plain text. {@code firstLine} is the 1-based line of the first byte, for problem reports. */
    public DecodedText decode(byte[] bytes, int offset, int length, String origin, long firstLine) {
        DecodedText unicode = decodeMarkedUnicode(bytes, offset, length, origin, firstLine);
        return unicode != null ? unicode : decodeUtf8OrLegacy(bytes, offset, length, origin, firstLine);
    }

    /**
     * Decodes an HTML page: like {@link #decode}, except that when the bytes are not valid UTF-8 the charset declared
     * in a meta tag within the first 2 KB is used.
     */
    public DecodedText decodeHtml(byte[] bytes, int offset, int length, String origin, long firstLine) {
        DecodedText unicode = decodeMarkedUnicode(bytes, offset, length, origin, firstLine);
        if (unicode != null) {
            return unicode;
        }
        Utf8.Scan scan = Utf8.scan(bytes, offset, length);
        if (scan.valid()) {
            return new DecodedText(new String(bytes, offset, length, StandardCharsets.UTF_8), "UTF-8", List.of());
        }
        Optional<String> declared = HtmlCharsetSniffer.declaredCharset(bytes, offset, length);
        if (declared.isEmpty() || declared.get().equals("UTF-8")) {
            return repairUtf8(bytes, offset, length, origin, firstLine, scan);
        }
        if (declared.get().equals("windows-1252")) {
            return new DecodedText(Windows1252.decode(bytes, offset, length), "windows-1252", List.of());
        }
        return decodeDeclared(bytes, offset, length, origin, declared.get());
    }

    private DecodedText decodeMarkedUnicode(byte[] bytes, int offset, int length, String origin, long firstLine) {
        Charset bom = bomCharset(bytes, offset, length);
        if (bom == StandardCharsets.UTF_8) {
            return decodeUtf8OrLegacy(bytes, offset + 3, length - 3, origin, firstLine);
        }
        if (bom != null) {
            return utf16(bytes, offset + 2, length - 2, bom);
        }
        Charset utf16 = utf16ByNulPattern(bytes, offset, length);
        return utf16 == null ? null : utf16(bytes, offset, length, utf16);
    }

    private static DecodedText utf16(byte[] bytes, int offset, int length, Charset charset) {
        return new DecodedText(new String(bytes, offset, length, charset), charset.name(), List.of());
    }

    private DecodedText decodeUtf8OrLegacy(byte[] bytes, int offset, int length, String origin, long firstLine) {
        Utf8.Scan scan = Utf8.scan(bytes, offset, length);
        if (scan.valid()) {
            return new DecodedText(new String(bytes, offset, length, StandardCharsets.UTF_8), "UTF-8", List.of());
        }
        return repairUtf8(bytes, offset, length, origin, firstLine, scan);
    }

    private DecodedText repairUtf8(byte[] bytes, int offset, int length, String origin, long firstLine,
                                   Utf8.Scan scan) {
        if (scan.multibyteSequences() == 0) {
            String message = "not UTF-8 (no valid multibyte sequence); decoded as windows-1252";
            return new DecodedText(Windows1252.decode(bytes, offset, length), "windows-1252",
                    List.of(new IngestProblem(origin, 0, message, false)));
        }
        return decodeMixed(bytes, offset, length, origin, firstLine, scan.invalidBytes());
    }

    /** UTF-8 where valid, windows-1252 for each byte that is not. UTF-16 never needs more chars than UTF-8 bytes. */
    private static DecodedText decodeMixed(byte[] b, int offset, int length, String origin, long firstLine,
                                           long invalidBytes) {
        char[] out = new char[length];
        int o = 0;
        long line = firstLine;
        long[] badLines = new long[REPORTED_LINES];
        int reported = 0;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            byte c = b[i];
            if (c >= 0) {
                out[o++] = (char) c;
                if (c == '\n') {
                    line++;
                }
                i++;
                continue;
            }
            int n = Utf8.sequenceLength(b, i, end);
            if (n == 0) {
                out[o++] = Windows1252.decode(c);
                if (reported < REPORTED_LINES && (reported == 0 || badLines[reported - 1] != line)) {
                    badLines[reported++] = line;
                }
                i++;
                continue;
            }
            int cp = switch (n) {
                case 2 -> (c & 0x1F) << 6 | b[i + 1] & 0x3F;
                case 3 -> (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
                default -> (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
            };
            if (cp >= 0x10000) {
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
            } else {
                out[o++] = (char) cp;
            }
            i += n;
        }
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < reported; k++) {
            lines.append(k == 0 ? "" : ", ").append(badLines[k]);
        }
        String message = invalidBytes + (invalidBytes == 1 ? " byte" : " bytes")
                + " not valid UTF-8, read as windows-1252 (line" + (reported == 1 ? " " : "s ") + lines
                + (reported == REPORTED_LINES ? ", ..." : "") + ")";
        return new DecodedText(new String(out, 0, o), "UTF-8",
                List.of(new IngestProblem(origin, badLines[0], message, false)));
    }

    private static DecodedText decodeDeclared(byte[] bytes, int offset, int length, String origin, String charset) {
        String text = new String(bytes, offset, length, Charset.forName(charset));
        long replaced = text.chars().filter(ch -> ch == '\uFFFD').count();
        List<IngestProblem> problems = new ArrayList<>(1);
        if (replaced > 0) {
            problems.add(new IngestProblem(origin, 0, replaced + " byte sequences not valid in declared charset "
                    + charset + ", replaced by U+FFFD", false));
        }
        return new DecodedText(text, charset, problems);
    }

    private static Charset bomCharset(byte[] b, int offset, int length) {
        if (length >= 3 && (b[offset] & 0xFF) == 0xEF && (b[offset + 1] & 0xFF) == 0xBB
                && (b[offset + 2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (b[offset] & 0xFF) == 0xFF && (b[offset + 1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (b[offset] & 0xFF) == 0xFE && (b[offset + 1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** UTF-16 of mostly Latin text has a NUL in every other byte: the high byte of each ASCII character. */
    private static Charset utf16ByNulPattern(byte[] b, int offset, int length) {
        int pairs = Math.min(length, SNIFF_BYTES) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int k = 0; k < pairs; k++) {
            if (b[offset + 2 * k] == 0) {
                evenNuls++;
            }
            if (b[offset + 2 * k + 1] == 0) {
                oddNuls++;
            }
        }
        if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasBinaryMagic(byte[] b, int length) {
        return startsWith(b, length, 0x25, 0x50, 0x44, 0x46, 0x2D) // %PDF-
                || startsWith(b, length, 0x50, 0x4B, 0x03, 0x04) // ZIP (also docx, epub, jar)
                || startsWith(b, length, 0x50, 0x4B, 0x05, 0x06) // empty ZIP
                || startsWith(b, length, 0x89, 0x50, 0x4E, 0x47) // PNG
                || startsWith(b, length, 0xFF, 0xD8, 0xFF) // JPEG
                || startsWith(b, length, 0x1F, 0x8B) // GZIP
                || startsWith(b, length, 0x47, 0x49, 0x46, 0x38); // GIF8
    }

    private static boolean startsWith(byte[] b, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
