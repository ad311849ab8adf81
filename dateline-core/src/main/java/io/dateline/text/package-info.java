/**
 * The text layer: tokens and sentences of English news, by hand-written scanners (no regular expressions),
 * linear in the text length. {@link io.dateline.text.NewsTokenizer} documents the token conventions,
 * {@link io.dateline.text.NewsSentenceSplitter} the sentence rules. Our lexicons live beside the classes as
 * resources ({@code abbreviations.txt}, {@code sentence-starters.txt}, {@code line-continuations.txt}) and are
 * loaded once per JVM.
 */
package io.dateline.text;
