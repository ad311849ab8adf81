package io.dateline.text;

import io.dateline.model.Span;
import io.dateline.model.Tokens;

import java.util.ArrayList;
import java.util.List;

/** Placeholder: a sentence ends at a token ending with '.', '!' or '?'. To be replaced. */
public final class NewsSentenceSplitter implements SentenceSplitter {
    @Override
    public List<Span> split(CharSequence text, Tokens tokens) {
        List<Span> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            char last = text.charAt(tokens.end(i) - 1);
            if (last == '.' || last == '!' || last == '?' || i == tokens.size() - 1) {
                sentences.add(new Span(tokens.start(first), tokens.end(i)));
                first = i + 1;
            }
        }
        return sentences;
    }
}
