package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The bot said something that needs no record of its own: the greeting, thanks, a reply to a
 * "yes, that helped", the survey's thanks.
 *
 * @param at           when
 * @param text         what the visitor reads
 * @param quickReplies buttons offered with it
 */
public record BotReplied(Instant at, String text, List<QuickReply> quickReplies) implements BotMessage {
    public BotReplied {
        Objects.requireNonNull(at, "at == null");
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
