package io.dateline.text;

import io.dateline.model.Tokens;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static io.dateline.text.CharKinds.isAsciiAlnum;
import static io.dateline.text.CharKinds.isAsciiDigit;
import static io.dateline.text.CharKinds.isAsciiLower;
import static io.dateline.text.CharKinds.isAsciiUpper;
import static io.dateline.text.CharKinds.isDigit;
import static io.dateline.text.CharKinds.isHyphen;
import static io.dateline.text.CharKinds.isSeparator;

/**
 * One pass of the news tokenizer over one text: a hand-written scanner, linear in the text length. Every
 * look-ahead is bounded, or consumes what it looked at, so a 5 MB line without spaces costs what 5 MB of prose
 * costs. Not thread-safe; {@link NewsTokenizer} makes one per call.
 */
final class TokenScanner {
    /** Words before which 'd and 'm are clitics (I'd, they'd, I'm); elsewhere they are part of a name (Sa'd). */
    private static final ShortWordTable PRONOUNS = wordSet("i", "you", "he", "she", "it", "we", "they", "who",
            "that", "there", "what", "where", "how", "why", "when");

    private final String text;
    private final int length;
    private final Abbreviations abbreviations;
    private int[] starts;
    private int[] ends;
    private int size;

    TokenScanner(String text, Abbreviations abbreviations) {
        this.text = text;
        this.length = text.length();
        this.abbreviations = abbreviations;
        int capacity = 16 + length / 4;
        this.starts = new int[capacity];
        this.ends = new int[capacity];
    }

    Tokens scan() {
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            i = isSeparator(c) ? i + 1 : token(i, c);
        }
        return Tokens.of(starts, ends, size);
    }

    /** Emits the token(s) starting at i and returns where scanning goes on; always advances. */
    private int token(int i, char c) {
        if (c < 128) {
            if (CharKinds.isAsciiWord(c)) {
                return word(i, i);
            }
            switch (c) {
                case '.':
                    return dots(i);
                case '-':
                    return hyphens(i);
                case '!':
                case '?':
                    return emit(i, exclamations(i));
                case '@':
                    return handle(i);
                case '#':
                    return hashtag(i);
                case '\'':
                    return quoteOrDecade(i);
                default:
                    return emit(i, i + 1);
            }
        }
        int cp = text.codePointAt(i);
        if (CharKinds.isWordPart(cp)) {
            return word(i, i);
        }
        if (c == '\u2026') {
            return emit(i, runOf(i, c));
        }
        if (c == '\u2019') {
            return quoteOrDecade(i);
        }
        if (CharKinds.isDash(c)) {
            return dash(i, c);
        }
        int type = Character.getType(cp);
        if (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL) {
            return emoji(i, cp);
        }
        return emit(i, i + Character.charCount(cp));
    }

    /**
     * A word, number, abbreviation, e-mail address or URL starting at {@code start}; its first run of word
     * characters starts at {@code from} (after a sign or a leading period of a number).
     */
    private int word(int start, int from) {
        if (from == start && startsUrl(start)) {
            return url(start);
        }
        int i = from;
        int segmentStart = from;
        boolean acronym = true; // every period-separated segment since the last hyphen is one letter: U.S, a.m, J
        boolean dotted = false; // and at least one period joined them
        while (true) {
            i = wordRun(i);
            if (i >= length) {
                break;
            }
            char c = text.charAt(i);
            char prev = text.charAt(i - 1);
            if (c == '.') {
                acronym &= i - segmentStart == 1 && CharKinds.isLetter(text.charAt(segmentStart));
                if (wordStartsAt(i + 1)) {
                    if (periodJoins(start, i, acronym)) {
                        dotted |= acronym;
                        segmentStart = ++i;
                        continue;
                    }
                    return emit(start, keepsPeriod(start, segmentStart, i, acronym && dotted) ? i + 1 : i);
                }
                boolean ellipsisFollows = i + 1 < length && text.charAt(i + 1) == '.';
                if (ellipsisFollows || !keepsPeriod(start, segmentStart, i, acronym && dotted)) {
                    break; // "etc..." leaves the dots to an ellipsis
                }
                if (acronym && i + 1 < length && isHyphen(text.charAt(i + 1)) && wordStartsAt(i + 2)) {
                    i += 2; // U.S.-led
                    acronym = true;
                    dotted = false;
                    segmentStart = i;
                    continue;
                }
                return emit(start, i + 1);
            }
            if (isHyphen(c)) {
                if (!wordStartsAt(i + 1)) {
                    break;
                }
                i++; // al-Assad, ez-Zor, 18-year-old, 2024-12-02
                acronym = true; // segments restart: D-N.Y. ends like N.Y.
                dotted = false;
                segmentStart = i;
                continue;
            }
            acronym = false;
            if (CharKinds.isApostrophe(c) && letterAt(i + 1)) {
                int end = splitClitic(start, i);
                if (end >= 0) {
                    return end;
                }
                i++; // O'Brien, Qur'an
                continue;
            }
            if (c == '@') {
                int end = emailDomainEnd(i + 1);
                if (end >= 0) {
                    return emit(start, end);
                }
                break;
            }
            if (c == '$' && isCurrencyPrefix(start, i)) {
                return emit(start, i + 1); // US$, HK$
            }
            if (!joinsInsideWord(c, prev, i)) {
                break; // a plural's apostrophe (soldiers') or a closing quote is a token of its own
            }
            i++;
        }
        return emit(start, i);
    }

    /** 1,000 / 10:30 / 24/7 / AT&T: punctuation at i that joins the characters around it into one token. */
    private boolean joinsInsideWord(char c, char prev, int i) {
        switch (c) {
            case ',':
                return isAsciiDigit(prev) && thousandsAt(i + 1);
            case ':':
            case '/':
                return isAsciiDigit(prev) && digitAt(i + 1);
            case '&':
                return isAsciiUpper(prev) && i + 1 < length && isAsciiUpper(text.charAt(i + 1));
            default:
                return false;
        }
    }

    /** Whether the period at i, followed by a word character, stays inside the token. */
    private boolean periodJoins(int start, int i, boolean acronym) {
        char prev = text.charAt(i - 1);
        char next = text.charAt(i + 1);
        if (isDigit(prev) && isDigit(next)) {
            return true; // 3.5, 1.2.3
        }
        if (acronym && CharKinds.isLetter(next) && !wordStartsAt(i + 2)) {
            return true; // U.S, a.m: the next segment is one letter as well
        }
        if (abbreviations.isDottedPrefix(text, start, i + 1)) {
            return true; // Ph.D
        }
        return isAsciiLower(next) && (isAsciiLower(prev) || isAsciiDigit(prev)); // reuters.com
    }

    /**
     * Whether text[start, i) followed by the period at i is an abbreviation, acronym or initial. The last segment
     * (since a hyphen or an acronym's period) starts at segmentStart; dottedAcronym: all its segments are letters.
     */
    private boolean keepsPeriod(int start, int segmentStart, int i, boolean dottedAcronym) {
        if (dottedAcronym) {
            return true; // U.S., a.m., D-N.Y.
        }
        if (i - segmentStart == 1 && Character.isUpperCase(text.charAt(segmentStart))) {
            return true; // J., D-W.
        }
        Abbreviations.Kind kind = abbreviations.kind(text, start, i + 1);
        if (kind == Abbreviations.Kind.BEFORE_NUMBER) {
            return numberFollows(i + 1);
        }
        return kind != Abbreviations.Kind.NONE;
    }

    /**
     * PTB-style clitics: Iran's -> Iran 's, they're -> they 're, don't -> do n't. Emits both tokens and returns
     * the end, or -1 when the apostrophe is inside a name (O'Brien, Qur'an, Sana'a, Sa'd).
     */
    private int splitClitic(int start, int i) {
        int letters = 0;
        while (letters < 3 && i + 1 + letters < length && CharKinds.isLetter(text.charAt(i + 1 + letters))) {
            letters++;
        }
        int end = i + 1 + letters;
        if (letters > 2 || wordStartsAt(end)) {
            return -1;
        }
        char a = Character.toLowerCase(text.charAt(i + 1));
        if (letters == 1) {
            if (a == 's' || (a == 'd' || a == 'm') && PRONOUNS.contains(text, start, i)) {
                return split(start, i, end);
            }
            if (a == 't' && i - 1 > start && Character.toLowerCase(text.charAt(i - 1)) == 'n') {
                return split(start, i - 1, end);
            }
            return -1;
        }
        char b = Character.toLowerCase(text.charAt(i + 2));
        if (a == 'r' && b == 'e' || a == 'v' && b == 'e' || a == 'l' && b == 'l') {
            return split(start, i, end);
        }
        return -1;
    }

    private int split(int start, int cut, int end) {
        emit(start, cut);
        return emit(cut, end);
    }

    /** The end of the domain of an e-mail address whose '@' is just before p, or -1 if there is none. */
    private int emailDomainEnd(int p) {
        int i = p;
        int labelStart = p;
        int dots = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isAsciiAlnum(c) || c == '-' && i > labelStart) {
                i++;
            } else if (c == '.' && i > labelStart && i + 1 < length && isAsciiAlnum(text.charAt(i + 1))) {
                dots++;
                labelStart = ++i;
            } else {
                break;
            }
        }
        while (i > p && text.charAt(i - 1) == '-') {
            i--;
        }
        return dots > 0 ? i : -1;
    }

    private boolean isCurrencyPrefix(int start, int i) {
        if (i - start > 3) {
            return false;
        }
        for (int k = start; k < i; k++) {
            if (!isAsciiUpper(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean startsUrl(int i) {
        char c = text.charAt(i);
        if (c == 'h' || c == 'H') {
            return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8);
        }
        if (c == 'w' || c == 'W') {
            return text.regionMatches(true, i, "www.", 0, 4) && i + 4 < length && isAsciiAlnum(text.charAt(i + 4));
        }
        return (c == 'f' || c == 'F') && text.regionMatches(true, i, "ftp://", 0, 6);
    }

    /** A URL runs to whitespace or a quote; final punctuation and an unbalanced ')' belong to the sentence. */
    private int url(int start) {
        int i = start;
        int openParens = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isSeparator(c) || endsUrl(c)) {
                break;
            }
            if (c == '(') {
                openParens++;
            } else if (c == ')') {
                openParens--;
            }
            i++;
        }
        while (i > start + 1) {
            char last = text.charAt(i - 1);
            if (".,;:!?".indexOf(last) >= 0) {
                i--;
            } else if (last == ')' && openParens < 0) {
                openParens++;
                i--;
            } else {
                break;
            }
        }
        return emit(start, i);
    }

    private static boolean endsUrl(char c) {
        return c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\u201C' || c == '\u201D'
                || c == '\u2018' || c == '\u2019' || c == '\u00AB' || c == '\u00BB' || c == '\u2026';
    }

    /** "..", "..." (one ellipsis token), ".5" (a number), or a lone period. */
    private int dots(int i) {
        int end = runOf(i, '.');
        if (end - i >= 2) {
            return emit(i, end);
        }
        if (i + 1 < length && isAsciiDigit(text.charAt(i + 1))) {
            return word(i, i + 1);
        }
        return emit(i, i + 1);
    }

    /** "--" is a dash; "-5" after a space is a negative number; otherwise a lone hyphen. */
    private int hyphens(int i) {
        int end = runOf(i, '-');
        if (end - i >= 2) {
            return emit(i, end);
        }
        return signOrSelf(i);
    }

    private int dash(int i, char c) {
        if (c == '\u2212') {
            return signOrSelf(i);
        }
        return emit(i, runOf(i, c));
    }

    private int signOrSelf(int i) {
        boolean afterGap = i == 0 || isSeparator(text.charAt(i - 1)) || CharKinds.isOpener(text.charAt(i - 1));
        if (afterGap && i + 1 < length && isAsciiDigit(text.charAt(i + 1))) {
            return word(i, i + 1);
        }
        return emit(i, i + 1);
    }

    private int exclamations(int i) {
        int end = i;
        while (end < length && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
            end++;
        }
        return end;
    }

    /** @Reuters */
    private int handle(int i) {
        int end = i + 1;
        while (end < length && CharKinds.isAsciiWord(text.charAt(end))) {
            end++;
        }
        return emit(i, end);
    }

    /** #Iraq, #احتجاجات */
    private int hashtag(int i) {
        return emit(i, wordStartsAt(i + 1) ? wordRun(i + 1) : i + 1);
    }

    /** '90s and ’90s are one token, so is 's right after a token (U.S.'s); otherwise the quote stands alone. */
    private int quoteOrDecade(int i) {
        if (digitAt(i + 1) && digitAt(i + 2) && i + 3 < length && text.charAt(i + 3) == 's' && !wordStartsAt(i + 4)) {
            return emit(i, i + 4);
        }
        boolean attached = i > 0 && !isSeparator(text.charAt(i - 1)) && !CharKinds.isOpener(text.charAt(i - 1));
        if (attached && i + 1 < length && (text.charAt(i + 1) | 0x20) == 's' && !wordStartsAt(i + 2)) {
            return emit(i, i + 2);
        }
        return emit(i, i + 1);
    }

    /** A pictograph with its modifiers, variation selectors, ZWJ sequence or flag pair, as one token. */
    private int emoji(int i, int cp) {
        int j = i + Character.charCount(cp);
        if (CharKinds.isRegionalIndicator(cp) && j < length && CharKinds.isRegionalIndicator(text.codePointAt(j))) {
            return emit(i, j + 2);
        }
        while (j < length) {
            int next = text.codePointAt(j);
            if (CharKinds.isEmojiModifier(next)) {
                j += Character.charCount(next);
            } else if (next == 0x200D && j + 1 < length && isPictograph(text.codePointAt(j + 1))) {
                j += 1 + Character.charCount(text.codePointAt(j + 1));
            } else {
                break;
            }
        }
        return emit(i, j);
    }

    private static boolean isPictograph(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL;
    }

    /** The end of the run of word characters starting at i. */
    private int wordRun(int i) {
        while (i < length) {
            char c = text.charAt(i);
            if (c < 128) {
                if (!CharKinds.isAsciiWord(c)) {
                    return i;
                }
                i++;
            } else {
                int cp = text.codePointAt(i);
                if (!CharKinds.isWordPart(cp)) {
                    return i;
                }
                i += Character.charCount(cp);
            }
        }
        return i;
    }

    private boolean wordStartsAt(int i) {
        if (i >= length) {
            return false;
        }
        char c = text.charAt(i);
        return c < 128 ? CharKinds.isAsciiWord(c) : CharKinds.isWordPart(text.codePointAt(i));
    }

    private boolean letterAt(int i) {
        return i < length && CharKinds.isLetter(text.charAt(i));
    }

    private boolean digitAt(int i) {
        return i < length && isAsciiDigit(text.charAt(i));
    }

    /** Exactly three digits at p: the next group of 1,000,000. */
    private boolean thousandsAt(int p) {
        return digitAt(p) && digitAt(p + 1) && digitAt(p + 2) && !digitAt(p + 3);
    }

    /** A digit at p, or after one space at p (No. 5, No.5). */
    private boolean numberFollows(int p) {
        if (digitAt(p)) {
            return true;
        }
        return p < length && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0') && digitAt(p + 1);
    }

    private int runOf(int i, char c) {
        int end = i;
        while (end < length && text.charAt(end) == c) {
            end++;
        }
        return end;
    }

    private int emit(int start, int end) {
        if (size == starts.length) {
            int capacity = size + (size >> 1) + 16;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        starts[size] = start;
        ends[size++] = end;
        return end;
    }

    private static ShortWordTable wordSet(String... words) {
        Map<String, Integer> entries = new HashMap<>();
        for (String word : words) {
            entries.put(word, 1);
        }
        return new ShortWordTable(entries, true);
    }
}
