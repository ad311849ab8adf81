package io.dateline.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Splits a scraped page into stories. A story starts where a headline is repeated within a few lines (pages print
 * the headline, the photo captions and crumbs, then the headline again above the body), after a separator line, or
 * after a wider gap than the page uses between paragraphs when a headline-like line follows. Inside each story,
 * repeated headlines, captions, crumbs, related-link lists and the dateline are taken out of the body.
 */
public final class ScrapedPageSegmenter implements PageSegmenter {
    /** How far (in lines) a headline's repeat may be from its first print to count as a story start. */
    private static final int HEADLINE_REPEAT_WINDOW = 24;

    private final LineClassifier lines = LineClassifier.standard();

    @Override
    public List<ScrapedStory> segment(String pageText) {
        List<PageLine> page = splitLines(pageText);
        Map<String, Integer> counts = new HashMap<>();
        for (PageLine line : page) {
            if (line.key() != null) {
                counts.merge(line.key(), 1, Integer::sum);
            }
        }
        List<ScrapedStory> stories = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(storyStarts(page, counts));
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : page.size();
            ScrapedStory story = cleanStory(page.subList(from, to), counts);
            if (story != null) {
                stories.add(story);
            }
        }
        return stories;
    }

    private TreeSet<Integer> storyStarts(List<PageLine> page, Map<String, Integer> counts) {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int i = 0; i < page.size(); i++) {
            PageLine line = page.get(i);
            if (line.blank()) {
                continue;
            }
            if (lines.isSeparator(line.trimmed())) {
                starts.add(i + 1);
            } else if (isHeadline(line) && counts.getOrDefault(line.key(), 0) >= 2 && repeatedSoonAfter(page, i)) {
                starts.add(i);
            }
        }
        starts.addAll(startsAfterWideGaps(page));
        return starts;
    }

    private boolean isHeadline(PageLine line) {
        String t = line.trimmed();
        return line.key() != null && lines.looksLikeTitle(t) && !lines.looksLikeCaption(t) && !lines.isCrumb(t);
    }

    /** The same line again within the window, with only furniture (no prose) in between. */
    private boolean repeatedSoonAfter(List<PageLine> page, int i) {
        String key = page.get(i).key();
        int end = Math.min(page.size(), i + HEADLINE_REPEAT_WINDOW);
        for (int j = i + 1; j < end; j++) {
            PageLine next = page.get(j);
            if (key.equals(next.key())) {
                return true;
            }
            if (!next.blank() && lines.looksLikeProse(next.trimmed()) && !lines.looksLikeCaption(next.trimmed())
                    && !key.equals(next.key())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Pages that separate paragraphs with one blank line and stories with several: a headline after a wider gap
     * starts a story. Only used when wide gaps are rare on the page, so double-spaced pages are not cut up.
     */
    private List<Integer> startsAfterWideGaps(List<PageLine> page) {
        List<Integer> candidates = new ArrayList<>();
        int gaps = 0;
        int wideGaps = 0;
        int blankRun = 0;
        for (int i = 0; i < page.size(); i++) {
            PageLine line = page.get(i);
            if (line.blank()) {
                blankRun++;
                continue;
            }
            if (blankRun > 0) {
                gaps++;
                if (blankRun >= 2) {
                    wideGaps++;
                    if (isHeadline(line) && nextNonBlankIsStoryText(page, i)) {
                        candidates.add(i);
                    }
                }
            }
            blankRun = 0;
        }
        return wideGaps * 3 <= gaps ? candidates : List.of();
    }

    private boolean nextNonBlankIsStoryText(List<PageLine> page, int i) {
        for (int j = i + 1; j < page.size(); j++) {
            String t = page.get(j).trimmed();
            if (!t.isEmpty()) {
                return lines.looksLikeProse(t) || lines.looksLikeCaption(t) || lines.isCrumb(t);
            }
        }
        return false;
    }

    private ScrapedStory cleanStory(List<PageLine> story, Map<String, Integer> counts) {
        String title = null;
        String titleKey = null;
        Map<String, String> captions = new LinkedHashMap<>();
        java.util.Set<String> seenRepeats = new java.util.HashSet<>();
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        boolean inLinkList = false;
        int linkListEntries = 0;
        for (PageLine line : story) {
            String t = line.trimmed();
            if (line.blank()) {
                inLinkList = inLinkList && linkListEntries == 0;
                closeParagraph(paragraphs, paragraph);
                paragraph = new ArrayList<>();
                continue;
            }
            boolean repeated = line.key() != null && counts.getOrDefault(line.key(), 0) >= 2;
            boolean bodyStarted = !paragraphs.isEmpty() || !paragraph.isEmpty();
            if (lines.opensLinkList(t)) {
                inLinkList = true;
                linkListEntries = 0;
                continue;
            }
            if (lines.isSeparator(t) || lines.isCrumb(t) || (titleKey != null && titleKey.equals(line.key()))) {
                continue;
            }
            if (inLinkList) {
                if (!lines.endsLikeSentence(t)) {
                    linkListEntries++;
                    continue;
                }
                inLinkList = false;
            }
            if (title == null && !bodyStarted && lines.looksLikeTitle(t) && !lines.looksLikeCaption(t)) {
                title = t;
                titleKey = line.key();
                continue;
            }
            if (isCaption(t, repeated, bodyStarted)) {
                captions.putIfAbsent(line.key() == null ? t : line.key(), t);
                continue;
            }
            if (repeated && !seenRepeats.add(line.key())) {
                continue;
            }
            paragraph.add(t);
        }
        closeParagraph(paragraphs, paragraph);
        if (paragraphs.isEmpty()) {
            if (title == null) {
                return null;
            }
            paragraphs.add(new ArrayList<>(List.of(title))); // a wire flash is all headline: it is the story
        }
        String dateline = null;
        String[] stripped = DatelineStripper.strip(paragraphs.get(0).get(0));
        if (stripped != null) {
            dateline = stripped[0];
            paragraphs.get(0).set(0, stripped[1]);
        }
        return new ScrapedStory(title, join(paragraphs), List.copyOf(captions.values()), dateline);
    }

    /**
     * Captions: lines that say so ("Photo: ..."), repeated lines that are not prose, and lines ending with a credit
     * when repeated, or before the body without a closing stop. A sentence ending with "(SOHR)." stays in the body.
     */
    private boolean isCaption(String t, boolean repeated, boolean bodyStarted) {
        if (!lines.looksLikeCaption(t)) {
            return repeated && !lines.looksLikeProse(t);
        }
        return repeated || (!bodyStarted && !lines.endsLikeSentence(t)) || t.regionMatches(true, 0, "photo", 0, 5);
    }

    private static void closeParagraph(List<List<String>> paragraphs, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    private static String join(List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (List<String> paragraph : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(String.join("\n", paragraph));
        }
        return text.toString();
    }

    private static List<PageLine> splitLines(String text) {
        List<PageLine> result = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String trimmed = text.substring(start, end).strip();
            String key = trimmed.isEmpty() || trimmed.length() > PageLine.MAX_KEYED_LENGTH ? null : keyOf(trimmed);
            result.add(new PageLine(result.size(), start, end, trimmed, key));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return result;
    }

    private static String keyOf(String trimmed) {
        StringBuilder key = new StringBuilder(trimmed.length());
        boolean space = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
