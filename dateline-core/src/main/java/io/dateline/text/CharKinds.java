package io.dateline.text;

/** Character classes for the tokenizer and the sentence splitter, with an ASCII fast path. */
final class CharKinds {
    private static final byte WORD = 1;
    private static final byte UPPER = 2;
    private static final byte LOWER = 4;
    private static final byte DIGIT = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = WORD | LOWER;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = WORD | UPPER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = WORD | DIGIT;
        }
        ASCII['_'] = WORD;
    }

    private CharKinds() {
    }

    /** Whitespace, control characters and invisible breaks: they separate tokens and are never part of one. */
    static boolean isSeparator(char c) {
        if (c < 128) {
            return c <= ' ' || c == 0x7F;
        }
        return c <= 0x9F || Character.isSpaceChar(c) || c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x180E;
    }

    /** Letters, digits, combining marks, '_' and the joiners: what a word is made of. */
    static boolean isWordPart(int cp) {
        if (cp < 128) {
            return (ASCII[cp] & WORD) != 0;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            case Character.FORMAT:
                return cp == 0x200C || cp == 0x200D || cp == 0x00AD;
            default:
                return false;
        }
    }

    static boolean isAsciiWord(char c) {
        return c < 128 && (ASCII[c] & WORD) != 0;
    }

    static boolean isAsciiAlnum(char c) {
        return c < 128 && (ASCII[c] & (UPPER | LOWER | DIGIT)) != 0;
    }

    static boolean isDigit(char c) {
        return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & (UPPER | LOWER)) != 0 : Character.isLetter(c);
    }

    /** Hyphens that join the parts of a word (al-Assad, 18-year-old). */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Dashes that stand alone as tokens: en and em dashes and their relatives, and the minus sign. */
    static boolean isDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u2E3A' || c == '\u2E3B'
                || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Quotes and brackets that may open a quotation or an aside. */
    static boolean isOpener(int c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '\u201C' || c == '\u2018'
                || c == '\u00AB' || c == '\u201E' || c == '\u201F' || c == '\u2039';
    }

    /** Quotes and brackets that close a quotation or an aside, and so stay with a sentence's final stop. */
    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '\u201D' || c == '\u2019'
                || c == '\u00BB' || c == '\u203A';
    }

    /** Marks that start a list item on a new line. */
    static boolean isBullet(int c) {
        return c == '\u2022' || c == '\u25CF' || c == '\u25AA' || c == '\u2023' || c == '*' || c == '-'
                || c == '\u2013' || c == '\u2014';
    }

    static boolean isEmojiModifier(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
