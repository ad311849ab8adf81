/**
 * The date layer: temporal expressions (TIMEX3 DATE, TIME, DURATION, SET) found in the article text and normalised
 * to ISO-TimeML values against the publication date.
 *
 * <p>{@link io.dateline.dates.DateStage} runs {@link io.dateline.dates.DateTagger} on each article and fills
 * {@code AnnotatedArticle.dates()}. Event dating reads a mention's days through
 * {@link io.dateline.dates.DateRange#of(io.dateline.model.DateMention)}: first and last day, a
 * {@link io.dateline.dates.DatePrecision}, and ACLED's time_precision. The tagger is a hand-written grammar over a
 * lexicon ({@code lexicon.tsv}); relative expressions are resolved by {@code Anchor}, with the clause's tense
 * ({@code TenseCues}) choosing between the past and the coming "Thursday". Without a publication date relative
 * expressions get under-specified values ("XXXX-WXX-4") of the right precision; the clock is never read.
 */
package io.dateline.dates;
