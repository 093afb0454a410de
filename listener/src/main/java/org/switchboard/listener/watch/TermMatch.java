package org.switchboard.listener.watch;

import java.util.Objects;

/**
 * One place where a watched term was found in a post's text.
 *
 * @param term  the term's name as the watchlist gives it ("Acme")
 * @param kind  the term's kind
 * @param start index of the first char of the match in the post's text (Java {@code String} index)
 * @param end   index just past the match's last char
 */
public record TermMatch(String term, TermKind kind, int start, int end) {
    public TermMatch {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
