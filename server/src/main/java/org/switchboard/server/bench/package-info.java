/**
 * The FAQ speed benchmark behind {@code switchboard bench faq}: corpora (CLINC150 and a
 * deterministic synthetic one), the timing loop that compares {@code FaqIndex.ask} with the bare
 * BM25 baseline, and the report. A tool that prints figures, not a test.
 */
package org.switchboard.server.bench;
