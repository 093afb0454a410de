/**
 * The benchmarks behind {@code switchboard bench}: tools that print figures, not tests.
 * {@code bench faq}: corpora (CLINC150 and a deterministic synthetic one), the timing loop that
 * compares {@code FaqIndex.ask} with the bare BM25 baseline, and its report. {@code bench chat}:
 * {@link org.switchboard.server.bench.ChatBenchmark} drives WebSocket visitors
 * ({@code ChatVisitor}, {@code EchoVisitor}) through phases ({@code Phase}, {@code PacedRun})
 * against the chat endpoint and the bare {@link org.switchboard.server.bench.EchoEndpoint}.
 */
package org.switchboard.server.bench;
