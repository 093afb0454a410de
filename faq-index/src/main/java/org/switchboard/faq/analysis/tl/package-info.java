/**
 * Tagalog analysis steps Lucene lacks: {@link org.switchboard.faq.analysis.tl.TagalogStemFilter}
 * over the pure {@code TagalogStemmer}, a light affix stripper for lower-case, folded words.
 */
package org.switchboard.faq.analysis.tl;
