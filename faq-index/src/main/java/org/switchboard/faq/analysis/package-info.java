/**
 * Per-language Lucene analysis: {@link org.switchboard.faq.analysis.FaqAnalyzers} gives every
 * supported language a words(), surface() and exact() chain of one-job filters, plus its stop
 * words (resources {@code stopwords-<code>.txt} in this package). Steps Lucene lacks live in a
 * subpackage per language ({@code tl}).
 */
package org.switchboard.faq.analysis;
