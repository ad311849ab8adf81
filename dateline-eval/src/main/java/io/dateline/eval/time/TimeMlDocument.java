package io.dateline.eval.time;

import java.util.List;

/**
 * A TimeML document as the scorer sees it.
 *
 * @param dct     value of the creation-time TIMEX3 (e.g. "1989-10-27" or "1990-08-15T13:37"), or null
 * @param text    content of the TEXT element with the tags stripped
 * @param timexes gold TIMEX3 elements inside TEXT, offsets into {@code text}
 */
public record TimeMlDocument(String id, String dct, String text, List<Timex> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }
}
