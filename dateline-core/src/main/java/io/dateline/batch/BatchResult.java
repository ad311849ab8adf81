package io.dateline.batch;

import io.dateline.ingest.IngestProblem;

import java.util.concurrent.atomic.LongAdder;

/**
 * What a batch did.
 *
 * @param skipped  inputs or records left out because they could not be read
 * @param warnings inputs repaired or empty, with nothing lost
 * @param tokens   whitespace-separated tokens of the article texts: the unit of throughput figures
 */
public record BatchResult(long documents, long articles, long skipped, long warnings, long characters, long tokens) {

    public boolean complete() {
        return skipped == 0;
    }

    static final class Counter {
        volatile long documents;
        private final LongAdder articles = new LongAdder();
        private final LongAdder characters = new LongAdder();
        private final LongAdder tokens = new LongAdder();
        private final LongAdder skipped = new LongAdder();
        private final LongAdder warnings = new LongAdder();

        void article(String text) {
            articles.increment();
            characters.add(text.length());
            tokens.add(WhitespaceTokens.count(text));
        }

        void problem(IngestProblem problem) {
            (problem.skipped() ? skipped : warnings).increment();
        }

        long articles() {
            return articles.sum();
        }

        long tokens() {
            return tokens.sum();
        }

        BatchResult result() {
            return new BatchResult(documents, articles.sum(), skipped.sum(), warnings.sum(), characters.sum(),
                    tokens.sum());
        }
    }
}
