package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A person from the team took the conversation over; the bot steps back. Recorded by the
 * handoff work (the agent console), never by the bot.
 *
 * @param at        when
 * @param agentName the name the visitor sees
 */
public record AgentJoined(Instant at, String agentName) implements ConversationEvent {
    public AgentJoined {
        Objects.requireNonNull(at, "at == null");
        Check.text(agentName, "agentName");
    }
}
