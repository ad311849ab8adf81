package io.dateline.ingest.html;

import java.util.Locale;

/** Removes the site name that page titles carry after a separator: "Headline | Site", "Headline - Site". */
final class TitleCleaner {
    private static final String[] SEPARATORS = {" | ", " || ", " · ", " :: ", " » ", " - ", " – ", " — ", " : "};
    /** Separators that headlines themselves hardly use, so a short last part after them is taken as a site name. */
    private static final String UNAMBIGUOUS = "|·:»";
    private static final int MAX_SITE_WORDS = 4;

    private TitleCleaner() {
    }

    /**
     * @param siteName og:site_name, or null
     * @param headline the page's h1, or null: a title that starts with it loses the rest
     */
    static String clean(String title, String siteName, String headline) {
        if (title == null) {
            return null;
        }
        String t = title.strip().replaceAll("\\s+", " ");
        for (String sep : SEPARATORS) {
            int at = t.lastIndexOf(sep);
            if (at <= 0) {
                continue;
            }
            String head = t.substring(0, at).strip();
            String tail = t.substring(at + sep.length()).strip();
            if (siteName != null && tail.equalsIgnoreCase(siteName.strip())
                    || headline != null && head.equalsIgnoreCase(headline.strip())
                    || looksLikeDomain(tail)
                    || UNAMBIGUOUS.indexOf(sep.strip().charAt(0)) >= 0 && words(tail) <= MAX_SITE_WORDS
                    && words(head) >= words(tail)) {
                return head;
            }
        }
        return t.isEmpty() ? null : t;
    }

    /** Site names like "example.com" are also recognised by their domain. */
    private static boolean looksLikeDomain(String s) {
        return s.toLowerCase(Locale.ROOT).matches("[a-z0-9-]{1,60}(\\.[a-z0-9-]{1,60}){0,3}\\.[a-z]{2,6}");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }
}
