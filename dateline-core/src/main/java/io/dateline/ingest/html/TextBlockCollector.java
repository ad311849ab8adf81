package io.dateline.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Flattens a DOM into text blocks: a block ends wherever a browser would start a new line (block-level elements,
 * {@code <br>}). Iterative traversal, so deeply nested broken HTML cannot overflow the stack.
 */
final class TextBlockCollector {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "figure",
            "figcaption", "form", "fieldset", "address", "hr", "br", "center", "details", "summary", "body", "html",
            "menu", "dialog", "hgroup", "legend", "option");

    private TextBlockCollector() {
    }

    static List<TextBlock> collect(Element root) {
        Visitor v = new Visitor();
        NodeTraversor.traverse(v, root);
        v.flush();
        return v.blocks;
    }

    private static final class Visitor implements NodeVisitor {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final Deque<Element> boilerplate = new ArrayDeque<>();
        /** Link depth outside each open block: a link wrapped around whole blocks (a card, or an unclosed
         * {@code <a>} that the parser stretched over the page) does not make their text link text. */
        private final Deque<Integer> outerLinkDepths = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int timeChars;
        private int timeDepth;
        private int captionDepth;
        /** Depth of the skipped element we are inside, or -1. */
        private int skippedAt = -1;

        @Override
        public void head(Node node, int depth) {
            if (skippedAt >= 0) {
                return;
            }
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            if (BoilerplateRules.isSkipped(e)) {
                skippedAt = depth;
                return;
            }
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.push(e);
                outerLinkDepths.push(linkDepth);
                linkDepth = 0;
            }
            if (BoilerplateRules.isBoilerplate(e)) {
                boilerplate.push(e);
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("time")) {
                timeDepth++;
            } else if (tag.equals("figcaption")) {
                captionDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skippedAt >= 0) {
                if (skippedAt == depth) {
                    skippedAt = -1;
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.pop();
                linkDepth = outerLinkDepths.pop();
            }
            if (!boilerplate.isEmpty() && boilerplate.peek() == e) {
                boilerplate.pop();
            }
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("time")) {
                timeDepth--;
            } else if (tag.equals("figcaption")) {
                captionDepth--;
            }
        }

        /** Appends with whitespace collapsed, counting link characters. */
        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B';
                if (space) {
                    if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
                        continue;
                    }
                    c = ' ';
                }
                text.append(c);
                if (linkDepth > 0 && !space) {
                    linkChars++;
                }
                if (timeDepth > 0 && !space) {
                    timeChars++;
                }
            }
        }

        void flush() {
            int end = text.length();
            if (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0 && !owners.isEmpty()) {
                String t = text.substring(0, end);
                blocks.add(new TextBlock(owners.peek(), t, Math.min(linkChars, end),
                        boilerplate.peek(), captionDepth > 0, timeChars >= nonSpace(t)));
            }
            text.setLength(0);
            linkChars = 0;
            timeChars = 0;
        }

        private static int nonSpace(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) != ' ') {
                    n++;
                }
            }
            return n;
        }

    }
}
