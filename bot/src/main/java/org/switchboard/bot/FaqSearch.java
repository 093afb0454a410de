package org.switchboard.bot;

import java.util.Optional;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;

/**
 * The port through which the bot reads the FAQ. {@link FaqIndex} provides it through
 * {@link #of(FaqIndex)}; tests give scripted answers. Implementations must be thread-safe.
 */
public interface FaqSearch {

    /** Answers a question; {@code fallback} (the conversation's language) is used when its language is unclear. */
    FaqAnswer ask(String question, Language fallback);

    /** One entry by id, for its answer, translations and follow-ups. */
    Optional<FaqEntry> entry(String id);

    /** The FAQ index as a search. */
    static FaqSearch of(FaqIndex index) {
        return new IndexSearch(index);
    }
}
