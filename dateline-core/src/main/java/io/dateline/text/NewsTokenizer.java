package io.dateline.text;

import io.dateline.model.Tokens;

/**
 * The tokenizer for English news: a hand-written character scanner, no regular expressions, linear time.
 * Conventions (see the package tests for examples):
 * <ul>
 * <li>Abbreviations from our lexicon, acronyms of single letters and initials keep their period: "Gen.", "U.S.",
 * "a.m.", "J." ("U.S.-led" is one token).</li>
 * <li>Clitics split off as in the Penn Treebank: "Iran's" gives "Iran" "'s", "don't" gives "do" "n't"; an
 * apostrophe inside a name stays ("O'Brien", "Qur'an"); the one after a plural ("soldiers'") is its own token.
 * Straight and curly apostrophes are treated alike.</li>
 * <li>Hyphenated words are one token ("al-Assad", "ez-Zor", "18-year-old", "2024-12-02"); so are numbers with
 * thousands separators, decimals, times and slashes ("1,000", "3.5", "10:30", "24/7").</li>
 * <li>Quotes, brackets, dashes, "%" and currency signs are tokens of their own ("$" "5"), except a currency prefix
 * of capitals ("US$"). Runs of the same dash, "..", "...", "…" and "?!" runs are single tokens.</li>
 * <li>URLs, e-mail addresses, #hashtags and @handles are single tokens; emoji sequences and flags too.</li>
 * <li>Whitespace, control characters and invisible breaks (ZWSP, BOM) separate tokens and are never inside one.</li>
 * </ul>
 * Thread-safe: all state lives in a scanner made per call.
 */
public final class NewsTokenizer implements Tokenizer {
    private final Abbreviations abbreviations;

    public NewsTokenizer() {
        this(Abbreviations.standard());
    }

    public NewsTokenizer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public Tokens tokenize(CharSequence text) {
        if (text.length() == 0) {
            return Tokens.NONE;
        }
        return new TokenScanner(text.toString(), abbreviations).scan();
    }
}
