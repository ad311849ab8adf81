package io.dateline.ingest.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageMetadataTest {
    private static PageMetadata of(String html) {
        return PageMetadata.of(Jsoup.parse(html));
    }

    @Test
    void ogTitleBeatsH1AndTitle() {
        assertEquals("A", of("<meta property=og:title content=A><title>C | S</title><h1>B</h1>").title());
        assertEquals("B", of("<title>C | Site</title><h1>B</h1>").title());
        assertEquals("C", of("<title>C | Site</title>").title());
    }

    @Test
    void canonicalBeatsOgUrl() {
        assertEquals("https://x.example/a", of("<link rel=canonical href=https://x.example/a>"
                + "<meta property=og:url content=https://x.example/b>").url());
        assertEquals("https://x.example/b", of("<meta property=og:url content=https://x.example/b>").url());
    }

    @Test
    void publishedFromMetaJsonLdOrTime() {
        assertEquals("2021-05-04", of("<meta property=article:published_time content=2021-05-04>"
                + "<time datetime=2020-01-01>x</time>").published());
        assertEquals("2019-02-03T10:00:00+01:00", of("<script type=application/ld+json>[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2019-02-03T10:00:00+01:00\"}]</script><time datetime=2020-01-01>x</time>")
                .published());
        assertEquals("2020-01-01", of("<p>Posted <time datetime=\"2020-01-01\">1 Jan</time></p>").published());
    }

    @Test
    void datesThatAreNotIsoAreIgnored() {
        assertNull(of("<meta property=article:published_time content=\"May 4, 2021\">").published());
        assertEquals("2020-01-01", of("<time datetime=yesterday>y</time><time datetime=2020-01-01>x</time>")
                .published());
    }

    @Test
    void brokenJsonLdFallsThrough() {
        assertEquals("2020-01-01", of("<script type=application/ld+json>{\"datePublished\": </script>"
                + "<time datetime=2020-01-01>x</time>").published());
    }

    @Test
    void nothingKnown() {
        PageMetadata m = of("<p>text</p>");
        assertNull(m.title());
        assertNull(m.url());
        assertNull(m.published());
    }
}
