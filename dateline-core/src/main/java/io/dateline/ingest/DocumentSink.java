package io.dateline.ingest;

/** Receives what the ingestor reads, in input order, on the ingestor's thread. */
public interface DocumentSink {
    void document(RawDocument document);

    void problem(IngestProblem problem);
}
