package io.dateline.eval.places;

import java.util.List;

/** One article of an LGL/TR-News corpus: its text and gold toponyms. */
public record GoldArticle(String docid, String text, List<Toponym> toponyms) {
    public GoldArticle {
        toponyms = List.copyOf(toponyms);
    }
}
