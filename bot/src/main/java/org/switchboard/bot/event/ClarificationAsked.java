package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The bot could not match the question well and asked the visitor to say more. It asks once:
 * if the next question cannot be answered either, it hands the conversation to a person.
 *
 * @param at           when
 * @param text         the question to the visitor
 * @param quickReplies usually "Talk to a person"
 */
public record ClarificationAsked(Instant at, String text, List<QuickReply> quickReplies) implements BotMessage {
    public ClarificationAsked {
        Objects.requireNonNull(at, "at == null");
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
