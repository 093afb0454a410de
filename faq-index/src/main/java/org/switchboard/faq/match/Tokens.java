package org.switchboard.faq.match;

import java.util.List;
import org.switchboard.faq.Language;

/** The analysis the features are built from: one implementation per deployment, thread-safe. */
public interface Tokens {
    /** Folded, normalised and stemmed tokens, stop words kept. */
    List<String> words(Language language, String text);

    /** Folded and normalised tokens, not stemmed: character n-grams are cut from these. */
    List<String> surface(Language language, String text);
}
