package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The person left the conversation: handed it back to the bot, or closed it (then
 * {@link ConversationResolved} follows at once). The bot answers again.
 *
 * @param at        when
 * @param agentName the name the visitor saw
 * @param text      what the visitor reads
 */
public record AgentLeft(Instant at, String agentName, String text) implements PersonMessage {
    public AgentLeft {
        Objects.requireNonNull(at, "at == null");
        Check.text(agentName, "agentName");
        Check.text(text, "text");
    }
}
