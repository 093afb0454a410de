package org.switchboard.faq.eval;

import java.util.Objects;
import java.util.Optional;
import org.switchboard.faq.Language;

/**
 * A question with the entry that should answer it, or none when it is out of scope.
 *
 * @param question   the question as a visitor would ask it
 * @param expectedId the entry that answers it; null for out of scope
 * @param language   the conversation's language (fallback for short questions); null for the default
 */
public record LabelledQuestion(String question, String expectedId, Language language) {
    public LabelledQuestion {
        Objects.requireNonNull(question, "question");
    }

    public boolean inScope() {
        return expectedId != null;
    }

    public Optional<Language> languageHint() {
        return Optional.ofNullable(language);
    }
}
