package io.dateline.ingest.encoding;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlCharsetSnifferTest {
    private static Optional<String> sniff(String html) {
        byte[] b = html.getBytes(StandardCharsets.ISO_8859_1);
        return HtmlCharsetSniffer.declaredCharset(b, 0, b.length);
    }

    @Test
    void metaCharsetAttribute() {
        assertEquals(Optional.of("Shift_JIS"), sniff("<head><meta charset=\"shift_jis\">"));
    }

    @Test
    void unquotedAndUppercase() {
        assertEquals(Optional.of("windows-1251"), sniff("<META CHARSET=Windows-1251>"));
    }

    @Test
    void httpEquivContentType() {
        assertEquals(Optional.of("ISO-8859-2"),
                sniff("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">"));
    }

    @Test
    void latin1AndAsciiMeanWindows1252() {
        assertEquals(Optional.of("windows-1252"), sniff("<meta charset='latin1'>"));
        assertEquals(Optional.of("windows-1252"), sniff("<meta charset='us-ascii'>"));
    }

    @Test
    void unknownLabelIsSkippedForALaterOne() {
        assertEquals(Optional.of("UTF-8"), sniff("<meta charset=\"bogus-thing\"><meta charset=\"utf-8\">"));
    }

    @Test
    void charsetOutsideMetaTagsIsIgnored() {
        assertEquals(Optional.empty(), sniff("<p>charset=windows-1251</p>"));
        assertEquals(Optional.empty(), sniff("<meta name=\"x\" content=\"y\"><p>charset=koi8-r</p>"));
    }

    @Test
    void nothingDeclared() {
        assertEquals(Optional.empty(), sniff(""));
        assertEquals(Optional.empty(), sniff("<html><head><title>x</title>"));
    }
}
