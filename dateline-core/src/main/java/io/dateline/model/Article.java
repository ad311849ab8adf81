package io.dateline.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * One news story, as it enters the text layer. Every offset produced downstream points into {@link #text()}.
 *
 * @param input     where it came from: the JSON Lines id, or the file path (+ "#2" for the second story of a file)
 * @param id        stable article id: a hash of the text, so the same text always gets the same id
 * @param title     headline, or null
 * @param url       source URL, or null
 * @param published publication date or date-time as given (ISO), or null
 * @param text      the cleaned article body
 * @param captions  photo captions removed from the body (kept so that nothing is lost)
 * @param dateline  the dateline removed from the body start, e.g. "BAGHDAD (Reuters)", or null
 */
public record Article(String input, String id, String title, String url, String published, String text,
                      List<String> captions, String dateline) {
    public Article {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        captions = List.copyOf(captions);
    }

    /** The publication day, or null when absent or unparseable; never the system clock. */
    public LocalDate publicationDate() {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
