package org.switchboard.faq.plain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.switchboard.faq.Language;

/**
 * One language's jargon terms. Terms are unique once folded ("Utilise" and "utilise" are the same
 * term) and each must hold at least one word.
 *
 * @param language the language of the terms
 * @param terms    the terms, in the order an editor keeps them
 */
public record JargonList(Language language, List<JargonTerm> terms) {
    /** The most terms one list may hold. */
    public static final int MAX_TERMS = 1000;

    public JargonList {
        Objects.requireNonNull(language, "language");
        terms = List.copyOf(terms);
        if (terms.size() > MAX_TERMS) {
            throw new IllegalArgumentException("a jargon list holds at most " + MAX_TERMS + " terms, not " + terms.size());
        }
        Set<String> seen = new HashSet<>();
        for (JargonTerm t : terms) {
            List<String> words = Folding.foldedWords(t.term(), language);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("term '" + t.term() + "' has no word in it");
            }
            if (!seen.add(String.join(" ", words))) {
                throw new IllegalArgumentException("term '" + t.term() + "' is listed twice");
            }
        }
    }

    /** No terms. */
    public static JargonList empty(Language language) {
        return new JargonList(language, List.of());
    }
}
