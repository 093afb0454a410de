package org.switchboard.listener.watch;

import java.io.IOException;
import java.io.Reader;

/**
 * The text being analysed, kept so that filters can look at chars the tokenizer skipped (the
 * "@" and "#" of handles and hashtags). One per analysis chain, so one per thread: it reads the
 * analyser's input once and then serves it to the tokenizer as a reader.
 */
final class PostText extends Reader {
    private char[] chars = new char[512];
    private int length;
    private int next;

    /** Reads {@code input} to its end and makes it the text served from the start. */
    void capture(Reader input) {
        length = 0;
        next = 0;
        try {
            int n;
            while ((n = input.read(chars, length, chars.length - length)) != -1) {
                length += n;
                if (length == chars.length) {
                    char[] bigger = new char[chars.length * 2];
                    System.arraycopy(chars, 0, bigger, 0, length);
                    chars = bigger;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the text to analyse", e);
        }
    }

    /** The char at {@code index} of the captured text, or 0 outside it. */
    char charAt(int index) {
        return index >= 0 && index < length ? chars[index] : 0;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
        if (next >= length) {
            return -1;
        }
        int n = Math.min(len, length - next);
        System.arraycopy(chars, next, buffer, off, n);
        next += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release: the buffer is reused for the next text
    }
}
