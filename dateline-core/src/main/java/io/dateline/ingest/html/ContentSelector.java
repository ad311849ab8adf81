package io.dateline.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
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
    /** How far up a block's text counts: keeps pages with thousands of unclosed tags linear. */
    private static final int MAX_LEVELS = 256;
    /** Share of a container's score the part holding the headline needs to be taken as the article itself. */
    private static final double HEADLINE_PART_SHARE = 0.5;

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "blockquote", "pre", "li", "dd", "dt", "h1", "h2",
            "h3", "h4", "h5", "h6", "address");

    private ContentSelector() {
    }

    /** The main-content paragraphs in document order, without the headline equal to {@code title}. */
    static MainText select(List<TextBlock> blocks, String title) {
        if (blocks.isEmpty()) {
            return new MainText(List.of(), List.of());
        }
        TextBlock headline = headline(blocks, title);
        Element best = bestContainer(blocks, headline == null ? null : headline.owner());
        Set<Element> inBest = Collections.newSetFromMap(new IdentityHashMap<>());
        inBest.addAll(best.getAllElements());
        List<String> out = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        boolean proseSeen = false;
        for (TextBlock b : blocks) {
            if (b.caption() && inBest.contains(b.owner())) {
                captions.add(b.text());
                continue;
            }
            if (b == headline || !inBest.contains(b.owner()) || b.caption() || b.timestamp()
                    || b.linkDensity() > MAX_LINK_DENSITY || boilerplateInside(b, best, inBest)
                    || BoilerplatePhrases.matches(b.text())) {
                continue;
            }
            boolean h1 = b.owner().normalName().equals("h1");
            if (h1 && !proseSeen) {
                continue; // a headline worded differently from the title: the text starts after it
            }
            proseSeen |= !isHeading(b.owner());
            out.add(b.text());
        }
        return new MainText(out, captions);
    }

    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** The article's headline: the block repeating the title, else the first h1 that is not a link. */
    private static TextBlock headline(List<TextBlock> blocks, String title) {
        if (title != null) {
            for (TextBlock b : blocks) {
                if (b.text().equalsIgnoreCase(title)) {
                    return b;
                }
            }
        }
        for (TextBlock b : blocks) {
            if (b.owner().normalName().equals("h1") && b.linkDensity() <= MAX_LINK_DENSITY) {
                return b;
            }
        }
        return null;
    }

    private static Element bestContainer(List<TextBlock> blocks, Element headline) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Integer> depths = new IdentityHashMap<>();
        List<Element> firstSeenOrder = new ArrayList<>(); // deterministic tie-breaking, unlike the hash map
        for (TextBlock b : blocks) {
            double value = value(b);
            boolean behindBoilerplate = false;
            int level = 0;
            for (Element a = b.owner(); a != null && level++ < MAX_LEVELS; a = a.parent()) {
                Double before = scores.put(a, (behindBoilerplate ? -b.text().length() : value)
                        + scores.getOrDefault(a, 0.0));
                if (before == null) {
                    firstSeenOrder.add(a);
                }
                if (a == b.boilerplate()) {
                    behindBoilerplate = true; // seen from further up, all of this is boilerplate
                }
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestDepth = -1;
        for (Element e : firstSeenOrder) {
            double s = scores.get(e);
            int depth = depth(e, depths);
            if (s > bestScore || s == bestScore && depth > bestDepth) {
                best = e;
                bestScore = s;
                bestDepth = depth;
            }
        }
        // Nothing prose-like anywhere: keep what the whole page says rather than an arbitrary fragment.
        if (bestScore <= 0) {
            return root(blocks.get(0).owner());
        }
        best = narrowToHeadline(best, headline, scores);
        // A single paragraph is never the container: its short neighbours (one-line paragraphs) belong too.
        return PARAGRAPH_TAGS.contains(best.normalName()) && best.parent() != null ? best.parent() : best;
    }

    /**
     * The highest-scoring element may also hold prose next to the article (teasers, a publisher's blurb, reader
     * comments without telling class names). The article is the part around its headline: step down towards the
     * headline while that part still holds most of the score, unless prose paragraphs sit right beside it (then
     * the article continues outside the headline's block, as when broken markup closed it early).
     */
    private static Element narrowToHeadline(Element best, Element headline, Map<Element, Double> scores) {
        if (headline == null || !inside(headline, best)) {
            return best;
        }
        Element container = best;
        while (true) {
            Element child = childTowards(container, headline);
            if (child == null || child == headline
                    || scores.getOrDefault(child, 0.0) < HEADLINE_PART_SHARE * scores.get(container)
                    || hasProseParagraphChild(container, scores)) {
                return container;
            }
            container = child;
        }
    }

    private static boolean hasProseParagraphChild(Element container, Map<Element, Double> scores) {
        for (Element c : container.children()) {
            if (PARAGRAPH_TAGS.contains(c.normalName()) && scores.getOrDefault(c, 0.0) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The child of {@code ancestor} on the path down to {@code descendant}. */
    private static Element childTowards(Element ancestor, Element descendant) {
        Element e = descendant;
        while (e != null && e.parent() != ancestor) {
            e = e.parent();
        }
        return e;
    }

    /** Memoised, so deeply nested broken pages stay linear. */
    private static int depth(Element e, Map<Element, Integer> known) {
        List<Element> unknown = new ArrayList<>();
        Element a = e;
        while (a != null && !known.containsKey(a)) {
            unknown.add(a);
            a = a.parent();
        }
        int d = a == null ? -1 : known.get(a);
        for (int i = unknown.size() - 1; i >= 0; i--) {
            known.put(unknown.get(i), ++d);
        }
        return known.get(e);
    }

    /**
     * What a block adds to the containers around it: prose counts, discounted by its share of link text (names
     * linked inside a sentence are still prose); link lists count against. List items count neither way, since
     * comment threads and teaser lists are lists too; an article's own bullet points are kept with its paragraphs.
     */
    private static double value(TextBlock b) {
        int length = b.text().length();
        if (b.caption() || b.timestamp()) {
            return 0;
        }
        if (b.linkDensity() > MAX_LINK_DENSITY) {
            return -length;
        }
        if (length < PROSE_MIN_CHARS || b.owner().normalName().equals("li")) {
            return -b.linkChars();
        }
        return length * (1 - b.linkDensity());
    }

    /** Whether a boilerplate-looking element lies between the block and the chosen container. */
    private static boolean boilerplateInside(TextBlock b, Element container, Set<Element> inContainer) {
        Element bp = b.boilerplate();
        return bp != null && bp != container && inContainer.contains(bp);
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
