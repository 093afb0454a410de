package org.switchboard.listener;

import java.util.Objects;

/**
 * A FAQ answer offered to the social team as a reply to a public question.
 *
 * @param faqId      the FAQ entry
 * @param text       its answer, in the mention's language when the entry has that translation
 * @param confidence the FAQ's calibrated confidence that the entry answers the question
 */
public record SuggestedReply(String faqId, String text, double confidence) {
    public SuggestedReply {
        Objects.requireNonNull(faqId, "faqId");
        Objects.requireNonNull(text, "text");
    }
}
