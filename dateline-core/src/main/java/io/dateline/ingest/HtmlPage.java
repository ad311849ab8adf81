package io.dateline.ingest;

/** What is kept of an HTML page: its title, main-content text (paragraphs separated by blank lines), and metadata. */
public record HtmlPage(String title, String text, String url, String published) {
}
