package io.dateline.text;

import io.dateline.model.Span;
import io.dateline.model.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of the sentence splitter over the tokens of one text. Decides, after each token, whether a sentence
 * ends there; every decision looks at a bounded number of tokens, so the pass is linear. Not thread-safe.
 */
final class SentenceScan {
    /** Beyond this many tokens a sentence ends at the next comma, semicolon, colon or dash. */
    static final int LONG_SENTENCE = 150;
    /** And beyond this many, wherever it is. */
    static final int MAX_SENTENCE = 300;

    private enum Terminator { NONE, STOP, ELLIPSIS, ABBREVIATION }

    /** A headline line in hard-wrapped text is shorter than this share of the wrap width. */
    private static final double HEADLINE_SHARE_OF_WRAP = 0.7;
    /** Lines continued in lowercase needed before the text counts as hard-wrapped. */
    private static final int WRAPPED_LINES_NEEDED = 2;

    private final String text;
    private final Tokens tokens;
    private final int size;
    private final Abbreviations abbreviations;
    private final SentenceCues cues;

    // the gap after the token last examined
    private int gapBreaks;
    private int gapLastBreak;
    private int wrapWidth = -1;

    SentenceScan(String text, Tokens tokens, Abbreviations abbreviations, SentenceCues cues) {
        this.text = text;
        this.tokens = tokens;
        this.size = tokens.size();
        this.abbreviations = abbreviations;
        this.cues = cues;
    }

    List<Span> run() {
        List<Span> sentences = new ArrayList<>();
        int first = 0;
        int lineStart = 0;
        int lineFirstToken = 0;
        int i = 0;
        while (i < size) {
            Terminator terminator = terminator(i);
            int last = terminator == Terminator.NONE ? i : closersAfter(i);
            boolean ends = last == size - 1;
            if (!ends) {
                readGap(last);
                int breaks = gapBreaks;
                int lastBreak = gapLastBreak;
                if (breaks >= 2) {
                    ends = true; // a blank line: a paragraph break always ends a sentence
                } else if (terminator != Terminator.NONE) {
                    ends = endsAfterTerminator(terminator, i, last, lineFirstToken);
                }
                if (!ends && breaks == 1 && mayEndLine(terminator, i)) {
                    ends = endsHeadline(last, lineStart);
                }
                if (breaks > 0) {
                    lineStart = lastBreak + 1;
                    lineFirstToken = last + 1;
                }
            }
            if (!ends && last - first + 1 >= LONG_SENTENCE && (isSoftBreak(last) || last - first + 1 >= MAX_SENTENCE)) {
                ends = true; // no prose runs this long: keep later stages' per-sentence work bounded
            }
            if (ends) {
                sentences.add(new Span(tokens.start(first), tokens.end(last)));
                first = last + 1;
            }
            i = last + 1;
        }
        return sentences;
    }

    /** A comma, semicolon, colon or dash: where an over-long run is cut. */
    private boolean isSoftBreak(int i) {
        int start = tokens.start(i);
        return tokens.end(i) - start == 1 && ",;:-–—".indexOf(text.charAt(start)) >= 0;
    }

    private Terminator terminator(int i) {
        int start = tokens.start(i);
        int end = tokens.end(i);
        char last = text.charAt(end - 1);
        if (last == '!' || last == '?') {
            return Terminator.STOP;
        }
        if (last == '\u2026') {
            return Terminator.ELLIPSIS;
        }
        if (last != '.') {
            return Terminator.NONE;
        }
        if (end - start == 1) {
            return Terminator.STOP;
        }
        return text.charAt(end - 2) == '.' ? Terminator.ELLIPSIS : Terminator.ABBREVIATION;
    }

    /** Closing quotes and brackets right after a stop belong to its sentence: ends the stop's sentence there. */
    private int closersAfter(int i) {
        int j = i;
        while (j + 1 < size && tokens.start(j + 1) == tokens.end(j)
                && tokens.end(j + 1) - tokens.start(j + 1) == 1
                && CharKinds.isCloser(text.charAt(tokens.start(j + 1)))) {
            j++;
        }
        return j;
    }

    private boolean endsAfterTerminator(Terminator terminator, int i, int last, int lineFirstToken) {
        int next = last + 1;
        int nextStart = tokens.start(next);
        int cp = text.codePointAt(nextStart);
        if (Character.isLowerCase(cp) || cp == ',' || cp == ';' || cp == ':') {
            return false; // "Why?" she asked. / an unknown abbreviation mid-sentence
        }
        if (terminator(next) == Terminator.STOP || terminator(next) == Terminator.ELLIPSIS) {
            return false; // “Really?”. ends at the last stop, never as a sentence of its own
        }
        if (isQuote(next) && next + 1 < size && Character.isLowerCase(text.codePointAt(tokens.start(next + 1)))) {
            return false; // 'Where did I swim?' " she said: a detached closing quote
        }
        switch (terminator) {
            case STOP:
                return !isListMarker(i, lineFirstToken);
            case ELLIPSIS:
                return Character.isUpperCase(cp) || opensCapitalisedQuote(next);
            default:
                return endsAfterAbbreviation(i, next, cp);
        }
    }

    /**
     * After "U.S.", "Inc." or an initial a sentence ends only when the next word is a common sentence opener
     * ("The", "He", "But") or a quotation opens: a capitalised name ("U.S. Army", "J. R. Smith") goes on.
     * Titles (Gen., Mr.) never end a sentence.
     */
    private boolean endsAfterAbbreviation(int i, int next, int cp) {
        int start = tokens.start(i);
        int end = tokens.end(i);
        if (abbreviations.kind(text, start, end) == Abbreviations.Kind.TITLE) {
            return false;
        }
        if (opensCapitalisedQuote(next)) {
            return true;
        }
        if (!Character.isUpperCase(cp)) {
            return false;
        }
        int nextStart = tokens.start(next);
        int nextEnd = tokens.end(next);
        boolean initial = end - start == 2 && Character.isUpperCase(text.charAt(start));
        if (initial && nextEnd - nextStart < 2) {
            return false; // "J. A. Smith": "A" is an initial here, not the article
        }
        return cues.isSentenceStarter(text, nextStart, nextEnd);
    }

    /** A quotation opening with a capital; not a quoted nickname (G.B. "Sonny" Hall), which is one quoted word. */
    private boolean opensCapitalisedQuote(int i) {
        if (!isQuote(i) || i + 1 >= size || !Character.isUpperCase(text.codePointAt(tokens.start(i + 1)))) {
            return false;
        }
        return !(i + 2 < size && isQuote(i + 2));
    }

    private boolean isQuote(int i) {
        int start = tokens.start(i);
        if (tokens.end(i) - start != 1) {
            return false;
        }
        char c = text.charAt(start);
        return c == '"' || c == '\'' || c >= '\u2018' && c <= '\u201F' || c == '\u00AB' || c == '\u00BB';
    }

    /** "1." or "a." opening a line is a list item's number, not a sentence. */
    private boolean isListMarker(int i, int lineFirstToken) {
        if (i - 1 != lineFirstToken || text.charAt(tokens.start(i)) != '.'
                || tokens.end(i - 1) != tokens.start(i)) {
            return false;
        }
        int start = tokens.start(i - 1);
        int length = tokens.end(i - 1) - start;
        if (length == 1 && CharKinds.isLetter(text.charAt(start))) {
            return true;
        }
        if (length > 3) {
            return false;
        }
        for (int k = start; k < start + length; k++) {
            if (!CharKinds.isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A line ending in a title or an initial is never a headline ("Lt. Gen.\nSmith"). */
    private boolean mayEndLine(Terminator terminator, int i) {
        if (terminator != Terminator.ABBREVIATION) {
            return true;
        }
        int start = tokens.start(i);
        int end = tokens.end(i);
        boolean initial = end - start == 2 && Character.isUpperCase(text.charAt(start));
        return !initial && abbreviations.kind(text, start, end) != Abbreviations.Kind.TITLE;
    }

    /**
     * A line without a final stop, followed by one line break, ends a sentence when it looks like a headline:
     * it does not end with a comma, dash, opener or a word that cannot end prose ("of", "the"), and the next
     * line starts with a capital, digit, quote or bullet. In hard-wrapped text (several lines continued in
     * lowercase) the line must also be clearly shorter than the wrap width.
     */
    private boolean endsHeadline(int last, int lineStart) {
        int start = tokens.start(last);
        int end = tokens.end(last);
        if (end - start == 1 && endsNoLine(text.charAt(start)) || cues.isContinuation(text, start, end)) {
            return false;
        }
        int next = tokens.start(last + 1);
        int cp = text.codePointAt(next);
        if (!Character.isUpperCase(cp) && !Character.isDigit(cp) && !CharKinds.isOpener(cp)
                && !CharKinds.isBullet(cp)) {
            return false;
        }
        int width = wrapWidth();
        return width == 0 || end - lineStart < HEADLINE_SHARE_OF_WRAP * width;
    }

    private static boolean endsNoLine(char c) {
        return c == ',' || c == ';' || c == ':' || c == '&' || c == '/' || c == '-' || c == '\u2013'
                || c == '\u2014' || CharKinds.isOpener(c) && c != '"' && c != '\'';
    }

    /** The longest line continued in lowercase on the next line, or 0 if the text is not hard-wrapped. */
    private int wrapWidth() {
        if (wrapWidth >= 0) {
            return wrapWidth;
        }
        int width = 0;
        int wrappedLines = 0;
        int lineStart = 0;
        for (int k = 0; k + 1 < size; k++) {
            readGap(k);
            if (gapBreaks == 0) {
                continue;
            }
            if (gapBreaks == 1 && Character.isLowerCase(text.codePointAt(tokens.start(k + 1)))) {
                wrappedLines++;
                width = Math.max(width, tokens.end(k) - lineStart);
            }
            lineStart = gapLastBreak + 1;
        }
        wrapWidth = wrappedLines >= WRAPPED_LINES_NEEDED ? width : 0;
        return wrapWidth;
    }

    /** Counts the line breaks between token k and the next; a paragraph separator or form feed counts two. */
    private void readGap(int k) {
        int from = tokens.end(k);
        int to = tokens.start(k + 1);
        gapBreaks = 0;
        gapLastBreak = -1;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c == '\n' || c == '\u2028' || c == '\u0085' || c == '\r' && (p + 1 >= to || text.charAt(p + 1) != '\n')) {
                gapBreaks++;
                gapLastBreak = p;
            } else if (c == '\u2029' || c == '\f') {
                gapBreaks += 2;
                gapLastBreak = p;
            }
        }
    }
}
