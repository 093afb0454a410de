package org.switchboard.faq;

import java.util.Objects;

/**
 * One entry that may answer a question, with the probability in [0,1] that it is the right one.
 *
 * @param faqId      the entry's id
 * @param confidence calibrated probability that this entry answers the question
 */
public record Candidate(String faqId, double confidence) {
    public Candidate {
        Objects.requireNonNull(faqId, "faqId");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }
}
