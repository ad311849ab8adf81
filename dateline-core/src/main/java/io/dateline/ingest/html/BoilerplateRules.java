package io.dateline.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which elements never hold article text (scripts, hidden parts) and which usually hold boilerplate (navigation,
 * sharing tools, cookie banners, comments, related links), judged by tag, ARIA role, class and id.
 */
final class BoilerplateRules {
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "map", "select", "textarea", "button", "input",
            "head", "title", "meta", "link");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "form", "figure",
            "figcaption", "menu", "dialog");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar");
    /** Class/id word parts that mark boilerplate whatever else the element is called. */
    private static final String[] STRONG_STEMS = {"cookie", "consent", "gdpr", "share", "sharing", "social",
        "newsletter", "comment", "disqus", "promo", "advert", "sponsor", "outbrain", "taboola", "paywall", "popup",
        "modal", "related", "breadcrumb", "byline", "trending", "mostread", "signup", "subscribe", "recommend",
        "response", "replies", "discussion", "community", "remark", "shoutbox", "skyscraper", "pagination", "pager",
        "agegate", "donate", "supplemental"};
    /** Class/id word parts that mark boilerplate unless the element also calls itself content. */
    private static final String[] WEAK_STEMS = {"banner", "menu", "navbar", "navigation", "sidebar", "widget",
        "footer", "masthead", "author", "toolbar", "timestamp", "caption", "credit", "publisher"};
    private static final Set<String> WEAK_WORDS = Set.of("nav", "ad", "ads", "tags", "tag", "meta", "rss", "print",
            "more", "header", "top", "bar", "skip", "hidden", "aside", "footnote", "legal", "copyright", "about", "bio",
            "reply", "support");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "body", "content", "entry", "main", "story",
            "text", "post", "prose");
    /** Containers the page author declared as content; their own class never counts against them. */
    private static final Set<String> NEVER_BOILERPLATE = Set.of("html", "body", "main", "article");

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");

    private BoilerplateRules() {
    }

    /** Elements whose text is never content: scripts, form controls, hidden elements. */
    static boolean isSkipped(Element e) {
        if (SKIPPED_TAGS.contains(e.normalName())) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    /** Elements that usually hold boilerplate. Text inside them counts as content only when the whole main
     * content lies inside them (an ASP.NET page wrapped in one form, say). */
    static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (NEVER_BOILERPLATE.contains(tag)) {
            return false;
        }
        if (BOILERPLATE_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("header") && e.closest(ARTICLE_OR_MAIN) == null) {
            return true; // the site header; an article's own header holds its headline and standfirst
        }
        String role = e.attr("role");
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        String[] words = NAME_SEPARATORS.split(names);
        boolean content = false;
        boolean weak = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (containsAny(w, STRONG_STEMS)) {
                return true;
            }
            content |= CONTENT_WORDS.contains(w);
            weak |= WEAK_WORDS.contains(w) || containsAny(w, WEAK_STEMS);
        }
        return weak && !content;
    }

    private static boolean containsAny(String word, String[] stems) {
        for (String s : stems) {
            if (word.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
