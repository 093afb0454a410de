package org.switchboard.server.bench;

/**
 * What {@link FaqBenchmark} measured on one corpus.
 *
 * @param corpus      the corpus name
 * @param entries     entries indexed
 * @param phrasings   phrasings indexed
 * @param buildMs     wall time of {@code replaceAll} on an empty index
 * @param diskBytes   size of the index directory afterwards
 * @param heapBytes   heap used after {@code System.gc()} with the index open and warm
 * @param ask         latencies of {@code FaqIndex.ask(q)}
 * @param bm25        latencies of {@code FaqIndex.searchBm25(q, 5)} over the same questions
 * @param publishMs   median wall time of {@code FaqIndex.update} (one answer edited) until the change is served
 * @param durableMs   median wall time from that call until the change's full build is on disk
 */
public record BenchResult(String corpus, int entries, int phrasings, double buildMs, long diskBytes, long heapBytes,
                          LatencyStats ask, LatencyStats bm25, double publishMs, double durableMs) {

    /** How many times slower {@code ask} is than bare BM25 at the median. */
    public double medianRatio() {
        return ask.medianMs() / bm25.medianMs();
    }

    /** How many times slower {@code ask} is than bare BM25 at the 99th percentile. */
    public double p99Ratio() {
        return ask.p99Ms() / bm25.p99Ms();
    }
}
