package org.switchboard.faq.analysis.tl;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Applies the light Tagalog stemmer (rules listed on {@code TagalogStemmer}) to each term.
 * Expects lower-case, folded input, for example after {@code ICUFoldingFilter}; leaves terms
 * marked as keywords alone.
 */
public final class TagalogStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public TagalogStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            term.setLength(TagalogStemmer.stem(term.buffer(), term.length()));
        }
        return true;
    }
}
