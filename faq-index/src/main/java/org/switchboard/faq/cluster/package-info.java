/**
 * Grouping similar questions: {@link org.switchboard.faq.cluster.QuestionClusters} puts the
 * questions visitors could not get answered into clusters of the same question asked in
 * different words (per language, TF-IDF cosine over the language's folded, stemmed words and
 * character trigrams, average-link agglomeration), each labelled with its most central question.
 * Pure and deterministic: no storage, no clock.
 */
package org.switchboard.faq.cluster;
