package io.dateline.clean;

import java.util.List;

/**
 * One story cut out of a page.
 *
 * @param title    the headline, or null when the page gave none
 * @param body     the cleaned body: paragraphs joined by a blank line
 * @param captions photo captions taken out of the body, each once
 * @param dateline the dateline taken off the body start ("BAGHDAD (Reuters)"), or null
 */
public record ScrapedStory(String title, String body, List<String> captions, String dateline) {
    public ScrapedStory {
        captions = List.copyOf(captions);
    }
}
