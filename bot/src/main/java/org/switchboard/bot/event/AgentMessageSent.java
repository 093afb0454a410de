package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A person from the team wrote to the visitor.
 *
 * @param at        when
 * @param agentName the name the visitor sees
 * @param text      what they wrote, as written (plain text)
 */
public record AgentMessageSent(Instant at, String agentName, String text) implements PersonMessage {
    public AgentMessageSent {
        Objects.requireNonNull(at, "at == null");
        Check.text(agentName, "agentName");
        Check.text(text, "text");
    }
}
