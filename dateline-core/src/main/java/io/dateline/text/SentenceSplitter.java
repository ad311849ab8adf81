package io.dateline.text;

import io.dateline.model.Span;
import io.dateline.model.Tokens;

import java.util.List;

/** Groups tokens into sentences; each sentence spans from its first token's start to its last token's end. */
public interface SentenceSplitter {
    List<Span> split(CharSequence text, Tokens tokens);
}
