package io.dateline.dates;

/**
 * A counted quantity read from the tokens: "3", "two", "twenty-five", "a", or a fuzzy one ("several", "a few").
 *
 * @param value the number, or -1 when fuzzy
 * @param end   the token after the quantity
 */
record Quantity(int value, int end) {
    boolean fuzzy() {
        return value < 0;
    }

    /** Reads a quantity at token i, or returns null. */
    static Quantity at(DateTokens t, int i) {
        if (i >= t.size) {
            return null;
        }
        int n = t.plainNumber(i, 1, 3);
        if (n >= 0) {
            return new Quantity(n, i + 1);
        }
        if (t.is(i, WordKind.FUZZY)) {
            int end = i + 1;
            if ("couple".equals(t.lower(i))) {
                return new Quantity(2, t.isWord(end, "of") ? end + 1 : end);
            }
            // "some 20 years": a hedge before a number
            if ("some".equals(t.lower(i)) && t.plainNumber(end, 1, 4) >= 0) {
                return new Quantity(t.number[end], end + 1);
            }
            return new Quantity(-1, end);
        }
        if (t.is(i, WordKind.NUMBER)) {
            int v = t.word[i].value();
            if (v == 1 && (t.isWord(i, "a") || t.isWord(i, "an"))) {
                // "a few", "a couple of"
                if (t.is(i + 1, WordKind.FUZZY)) {
                    return at(t, i + 1);
                }
                return new Quantity(1, i + 1);
            }
            int end = i + 1;
            // twenty-five, twenty five
            if (v >= 20 && v % 10 == 0 && v < 100) {
                int k = t.isPunct(end, '-') ? end + 1 : end;
                if (t.is(k, WordKind.NUMBER) && t.word[k].value() > 0 && t.word[k].value() < 10
                        && !t.isWord(k, "a") && !t.isWord(k, "an")) {
                    return new Quantity(v + t.word[k].value(), k + 1);
                }
            }
            return new Quantity(v, end);
        }
        return null;
    }
}
