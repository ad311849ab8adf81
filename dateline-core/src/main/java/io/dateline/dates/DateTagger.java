package io.dateline.dates;

import io.dateline.model.DateMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds temporal expressions in a text and normalises them to ISO-TimeML values against an anchor day (the
 * publication date). Without an anchor only absolute expressions get a full value; relative ones get an
 * under-specified value such as "XXXX-WXX-5" with their precision. Thread-safe and allocation-light.
 */
public final class DateTagger {
    public List<DateMention> tag(String text, LocalDate anchor) {
        DateTokens tokens = new DateTokens(text);
        List<Found> found = new TimexGrammar(tokens, anchor).findAll();
        List<DateMention> mentions = new ArrayList<>(found.size());
        for (Found f : found) {
            int start = tokens.start[f.first()];
            int end = tokens.end[f.end() - 1];
            DatePrecision precision = "DURATION".equals(f.type()) || "SET".equals(f.type()) ? null
                    : DateRange.precisionOf(f.value());
            mentions.add(new DateMention(start, end, text.substring(start, end), f.type(), f.value(),
                    precision == null ? null : precision.label()));
        }
        return mentions;
    }
}
