package org.switchboard.faq;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link FaqIndex#ask}: the decision, the confidence that the best candidate is
 * right, and the candidates best first.
 *
 * @param question   the question as asked
 * @param language   the language the question was analysed in
 * @param decision   answer, offer options, or hand off
 * @param confidence confidence in [0,1] that the best candidate answers the question (0 when there is none)
 * @param candidates up to a handful of candidates, best first; for {@link Decision#OPTIONS} the ones to offer
 */
public record FaqAnswer(String question, Language language, Decision decision, double confidence,
                        List<Candidate> candidates) {
    public FaqAnswer {
        candidates = List.copyOf(candidates);
    }

    /** The entry to answer with, present only when the decision is {@link Decision#ANSWER}. */
    public Optional<String> faqId() {
        return decision == Decision.ANSWER ? Optional.of(candidates.get(0).faqId()) : Optional.empty();
    }

    /** The best candidate whatever the decision, if any. */
    public Optional<Candidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }
}
