package org.switchboard.listener.watch;

import java.io.IOException;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Gives a word written as a handle or hashtag a second token with its sign: "@acme" becomes the
 * tokens {@code @acme} and {@code acme} at the same position, so the handle {@code @acme} and the
 * name "Acme" both match it. The word tokenizer drops the sign, so this filter looks at the char
 * before the word in the post's text ({@link PostText}). A sign counts only at the start of a
 * word ("info@acme" is no handle).
 */
final class SigilFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final PostText text;
    private State plain;

    SigilFilter(TokenStream input, PostText text) {
        super(input);
        this.text = text;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (plain != null) {
            restoreState(plain);
            plain = null;
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int start = offset.startOffset();
        if (signStart(text::charAt, start) < start) {
            char sign = text.charAt(start - 1);
            plain = captureState();
            // the signed token comes first so that start offsets never go backwards
            char[] chars = term.buffer();
            int length = term.length();
            term.resizeBuffer(length + 1);
            chars = term.buffer();
            System.arraycopy(chars, 0, chars, 1, length);
            chars[0] = sign;
            term.setLength(length + 1);
            offset.setOffset(start - 1, offset.endOffset());
        }
        return true;
    }

    /**
     * Where the word starting at {@code start} starts with its sign: {@code start - 1} if the char
     * before it is "@" or "#" at the start of a word (a handle or hashtag), else {@code start}.
     */
    static int signStart(IntUnaryOperator text, int start) {
        if (start < 1) {
            return start;
        }
        int sign = text.applyAsInt(start - 1);
        boolean signed = (sign == '@' || sign == '#') && (start == 1 || !Character.isLetterOrDigit(text.applyAsInt(start - 2)));
        return signed ? start - 1 : start;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        plain = null;
    }
}
