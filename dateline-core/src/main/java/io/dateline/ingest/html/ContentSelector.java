package io.dateline.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the main content: the element whose subtree holds the most prose and the least boilerplate (a maximum
 * subtree sum over text blocks, in the spirit of Readability's text-density scoring), then keeps its blocks that are
 * neither link lists, captions nor boilerplate-marked parts inside it.
 */
final class ContentSelector {
    /** Blocks shorter than this count neither for nor against a container (datelines, "Advertisement"). */
    private static final int PROSE_MIN_CHARS = 40;
    /** Blocks with more link text than this share are navigation, related links or tag lists. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "blockquote", "pre", "li", "dd", "dt", "h1", "h2",
            "h3", "h4", "h5", "h6", "address");

    private ContentSelector() {
    }

    /** The main-content paragraphs in document order, without the headline equal to {@code title}. */
    static List<String> select(List<TextBlock> blocks, String title) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        Element best = bestContainer(blocks);
        List<String> out = new ArrayList<>();
        boolean titleSkipped = false;
        for (TextBlock b : blocks) {
            if (!inside(b.owner(), best) || b.caption() || b.timestamp() || b.linkDensity() > MAX_LINK_DENSITY
                    || boilerplateInside(b, best)) {
                continue;
            }
            if (!titleSkipped && title != null && b.text().equalsIgnoreCase(title)) {
                titleSkipped = true; // the headline is the title, not body text
                continue;
            }
            out.add(b.text());
        }
        return out;
    }

    private static Element bestContainer(List<TextBlock> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            double value = value(b);
            boolean behindBoilerplate = false;
            for (Element a = b.owner(); a != null; a = a.parent()) {
                scores.merge(a, behindBoilerplate ? -b.text().length() : value, Double::sum);
                if (a == b.boilerplate()) {
                    behindBoilerplate = true; // seen from further up, all of this is boilerplate
                }
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestDepth = -1;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue();
            int depth = e.getKey().parents().size();
            if (s > bestScore || s == bestScore && depth > bestDepth) {
                best = e.getKey();
                bestScore = s;
                bestDepth = depth;
            }
        }
        // Nothing prose-like anywhere: keep what the whole page says rather than an arbitrary fragment.
        if (bestScore <= 0) {
            return root(blocks.get(0).owner());
        }
        // A single paragraph is never the container: its short neighbours (one-line paragraphs) belong too.
        return PARAGRAPH_TAGS.contains(best.normalName()) && best.parent() != null ? best.parent() : best;
    }

    /** What a block adds to the containers around it: prose counts, link lists count against. */
    private static double value(TextBlock b) {
        int length = b.text().length();
        if (b.caption() || b.timestamp()) {
            return 0;
        }
        if (b.linkDensity() > MAX_LINK_DENSITY) {
            return -length;
        }
        if (length < PROSE_MIN_CHARS) {
            return -b.linkChars();
        }
        return length - 2.0 * b.linkChars();
    }

    /** Whether a boilerplate-looking element lies between the block and the chosen container. */
    private static boolean boilerplateInside(TextBlock b, Element container) {
        Element bp = b.boilerplate();
        return bp != null && bp != container && inside(bp, container);
    }

    private static boolean inside(Element e, Element container) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == container) {
                return true;
            }
        }
        return false;
    }

    private static Element root(Element e) {
        Element r = e;
        while (r.parent() != null) {
            r = r.parent();
        }
        return r;
    }
}
