package io.dateline.text;

import io.dateline.model.Span;
import io.dateline.model.Tokens;

import java.util.List;

/**
 * Sentences of English news, from the tokens of {@link NewsTokenizer}. A sentence ends:
 * <ul>
 * <li>at ".", "!", "?" (with the closing quotes and brackets right after them), unless the next token starts in
 * lowercase or is ",", ";" or ":" ("“Why?” she asked" stays one sentence);</li>
 * <li>at an ellipsis when a capitalised word follows;</li>
 * <li>after an abbreviation, acronym or initial (U.S., Inc., J.) only when the next word is a common sentence
 * opener from our list (The, He, But, ...) or a quotation opens; never after a title (Gen., Mr.);</li>
 * <li>always at a blank line, and at a single line break after a headline-like line (see {@link SentenceScan});</li>
 * <li>at the end of the text.</li>
 * </ul>
 * Every sentence spans from its first token's start to its last token's end; there are no empty sentences.
 * Thread-safe.
 */
public final class NewsSentenceSplitter implements SentenceSplitter {
    private final Abbreviations abbreviations;
    private final SentenceCues cues;

    public NewsSentenceSplitter() {
        this(Abbreviations.standard());
    }

    public NewsSentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
        this.cues = SentenceCues.standard();
    }

    @Override
    public List<Span> split(CharSequence text, Tokens tokens) {
        if (tokens.size() == 0) {
            return List.of();
        }
        return new SentenceScan(text.toString(), tokens, abbreviations, cues).run();
    }
}
