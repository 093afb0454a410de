package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The visitor said whether an answer helped (a measure of the FAQ's accuracy).
 *
 * @param at      when
 * @param faqId   the entry the bot had answered with
 * @param helpful yes or no
 */
public record HelpfulnessAnswered(Instant at, String faqId, boolean helpful) implements ConversationEvent {
    public HelpfulnessAnswered {
        Objects.requireNonNull(at, "at == null");
        Check.text(faqId, "faqId");
    }
}
