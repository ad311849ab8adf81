package io.dateline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Placeholder decoder: UTF-8 with replacement. To be replaced by encoding detection. */
public final class TextDecoder {
    /** True when the bytes look like a binary file rather than text. */
    public boolean looksBinary(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    public DecodedText decodeHtml(byte[] bytes, String origin) {
        return decode(bytes, 0, bytes.length, origin, 1);
    }

    public DecodedText decode(byte[] bytes, int offset, int length, String origin, long firstLine) {
        return new DecodedText(new String(bytes, offset, length, StandardCharsets.UTF_8), "UTF-8", List.of());
    }
}
