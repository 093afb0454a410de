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
 */
public record BenchResult(String corpus, int entries, int phrasings, double buildMs, long diskBytes, long heapBytes,
                          LatencyStats ask, LatencyStats bm25) {

    /** How many times slower {@code ask} is than bare BM25 at the median. */
    public double medianRatio() {
        return ask.medianMs() / bm25.medianMs();
    }

    /** How many times slower {@code ask} is than bare BM25 at the 99th percentile. */
    public double p99Ratio() {
        return ask.p99Ms() / bm25.p99Ms();
    }
}
