package io.dateline.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Title, canonical URL and publication date of a page, from its meta tags, JSON-LD and markup. */
public record PageMetadata(String title, String url, String published) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An ISO date, optionally followed by a time: the only form we pass on "as given". */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.+\\-Z]{2,40})?");
    private static final int MAX_JSON_NODES = 10_000;

    public static PageMetadata of(Document doc) {
        String h1 = text(doc.selectFirst("h1"));
        String siteName = meta(doc, "og:site_name");
        String raw = firstNonBlank(meta(doc, "og:title"), h1, doc.title());
        String title = TitleCleaner.clean(raw, siteName, h1);
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        return new PageMetadata(title, url, published(doc));
    }

    private static String published(Document doc) {
        for (String key : new String[] {"article:published_time", "datePublished", "og:published_time",
            "pubdate", "publishdate", "date", "dc.date.issued", "dc.date"}) {
            String v = isoDate(meta(doc, key));
            if (v != null) {
                return v;
            }
        }
        String fromJson = jsonLdDatePublished(doc);
        if (fromJson != null) {
            return fromJson;
        }
        for (Element time : doc.select("time[datetime]")) {
            String v = isoDate(time.attr("datetime"));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String jsonLdDatePublished(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                String v = findDatePublished(JSON.readTree(script.data()));
                if (v != null) {
                    return v;
                }
            } catch (IOException | RuntimeException e) {
                // malformed JSON-LD is common; the other sources still count
            }
        }
        return null;
    }

    /** Breadth-first, so the page's own article comes before anything nested in it. */
    private static String findDatePublished(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_JSON_NODES) {
            JsonNode n = queue.poll();
            if (n.isObject()) {
                String v = isoDate(n.path("datePublished").asText(null));
                if (v != null) {
                    return v;
                }
            }
            if (n.isContainerNode()) {
                n.forEach(queue::add);
            }
        }
        return null;
    }

    private static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return ISO_DATE.matcher(v).matches() ? v : null;
    }

    /** A meta tag's content by property, name or itemprop (case-insensitive). */
    private static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String content = m.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
