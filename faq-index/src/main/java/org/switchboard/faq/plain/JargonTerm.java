package org.switchboard.faq.plain;

import java.util.Objects;

/**
 * A difficult word or phrase and the plain words to use instead.
 *
 * @param term       the word or phrase to avoid, matched folded and as whole words
 * @param suggestion what to write instead
 */
public record JargonTerm(String term, String suggestion) {
    public JargonTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(suggestion, "suggestion");
        term = term.strip();
        suggestion = suggestion.strip();
        if (term.isEmpty()) {
            throw new IllegalArgumentException("term is empty");
        }
        if (suggestion.isEmpty()) {
            throw new IllegalArgumentException("suggestion for '" + term + "' is empty");
        }
    }
}
