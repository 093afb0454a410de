package org.switchboard.faq.match;

import org.switchboard.faq.Language;

/** Maps a text to a fixed-length, L2-normalised vector whose neighbours mean the same. Thread-safe. */
public interface Embedder {
    int dimension();

    float[] embed(Language language, String text);
}
