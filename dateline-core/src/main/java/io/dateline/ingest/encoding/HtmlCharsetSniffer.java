package io.dateline.ingest.encoding;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the charset an HTML page declares in its first bytes: {@code <meta charset="...">} or
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=...">}. Labels are normalised the way browsers
 * do: Latin-1 and ASCII mean windows-1252, and a UTF-16 label in an ASCII-readable page means UTF-8.
 */
public final class HtmlCharsetSniffer {
    /** Browsers look this far; a declaration later than that is not honoured. */
    public static final int PRESCAN_BYTES = 2048;
    private static final int MAX_LABEL = 40;

    private HtmlCharsetSniffer() {
    }

    /** The declared charset's canonical name ("windows-1252", "UTF-8", "Shift_JIS", ...), if any is declared. */
    public static Optional<String> declaredCharset(byte[] bytes, int offset, int length) {
        int end = offset + Math.min(length, PRESCAN_BYTES);
        for (int i = offset; i + 5 < end; i++) {
            if (bytes[i] == '<' && matchesIgnoreCase(bytes, i + 1, end, "meta")) {
                int tagEnd = indexOf(bytes, (byte) '>', i + 5, end);
                String label = charsetIn(bytes, i + 5, tagEnd < 0 ? end : tagEnd);
                if (label != null) {
                    Optional<String> name = canonical(label);
                    if (name.isPresent()) {
                        return name;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The charset name a label stands for, or empty when Java does not know it. */
    public static Optional<String> canonical(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "cp1252", "windows-1252",
                 "x-cp1252", "cp819", "iso_8859-1" -> {
                return Optional.of("windows-1252");
            }
            case "utf-16", "utf-16le", "utf-16be", "utf8", "unicode-1-1-utf-8" -> {
                return Optional.of("UTF-8");
            }
            default -> {
                try {
                    return Charset.isSupported(l) ? Optional.of(Charset.forName(l).name()) : Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
    }

    /** The value after "charset=" inside one meta tag, or null. */
    private static String charsetIn(byte[] b, int from, int to) {
        for (int i = from; i + 7 <= to; i++) {
            if (!matchesIgnoreCase(b, i, to, "charset")) {
                continue;
            }
            int j = i + 7;
            while (j < to && isSpace(b[j])) {
                j++;
            }
            if (j >= to || b[j] != '=') {
                continue;
            }
            j++;
            while (j < to && (isSpace(b[j]) || b[j] == '"' || b[j] == '\'')) {
                j++;
            }
            int start = j;
            while (j < to && j - start < MAX_LABEL && isLabelChar(b[j])) {
                j++;
            }
            if (j > start) {
                return new String(b, start, j - start, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static boolean isLabelChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == ':';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean matchesIgnoreCase(byte[] b, int at, int end, String lowerAscii) {
        if (at + lowerAscii.length() > end) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length(); k++) {
            int c = b[at + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerAscii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
