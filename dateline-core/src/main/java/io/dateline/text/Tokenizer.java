package io.dateline.text;

import io.dateline.model.Tokens;

/** Splits text into word, number and punctuation tokens, as offsets into the text. */
public interface Tokenizer {
    Tokens tokenize(CharSequence text);
}
