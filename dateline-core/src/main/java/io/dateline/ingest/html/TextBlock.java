package io.dateline.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One paragraph-like run of text as a reader sees it.
 *
 * @param owner       the innermost block-level element holding the text
 * @param linkChars   how many of its characters are link text
 * @param boilerplate the innermost boilerplate-looking element around it (itself included), or null
 * @param caption     whether it lies in a figure caption
 * @param timestamp   whether it is nothing but a {@code <time>} element (a publication date line)
 */
record TextBlock(Element owner, String text, int linkChars, Element boilerplate,
                 boolean caption, boolean timestamp) {
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
