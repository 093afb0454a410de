package org.switchboard.listener.watch;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Gives a plural word its singular too, at the same position: "refunds" becomes the tokens
 * {@code refunds} and {@code refund}, so names (analysed to their singular) find both "Acme Fibre"
 * and "Acme Fibres" while wildcards still see the word as written. Words the English minimal
 * stemmer leaves alone pass as they are. The same as Lucene's {@code KeywordRepeatFilter},
 * stemmer and {@code RemoveDuplicatesTokenFilter} together, without copying every token's state,
 * which made that chain the dearest part of indexing a post.
 */
final class SingularFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final EnglishMinimalStemmer stemmer = new EnglishMinimalStemmer();
    private char[] singular = new char[32];
    private int singularLength = -1;

    SingularFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (singularLength >= 0) {
            // the attributes still hold the plural token just given: only the text and position change
            term.copyBuffer(singular, 0, singularLength);
            position.setPositionIncrement(0);
            singularLength = -1;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (length > 2 && term.charAt(length - 1) == 's') {
            if (singular.length < length) {
                singular = new char[length];
            }
            System.arraycopy(term.buffer(), 0, singular, 0, length);
            int stemmed = stemmer.stem(singular, length);
            if (stemmed < length) {
                singularLength = stemmed;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        singularLength = -1;
    }
}
