package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A person from the team took the conversation over; the bot steps back and only records the
 * visitor's messages until the person hands back or closes.
 *
 * @param at        when
 * @param agentName the name the visitor sees
 * @param team      the team the person answers for
 * @param text      what the visitor reads ("Ana from Support has joined the chat.")
 */
public record AgentJoined(Instant at, String agentName, String team, String text) implements PersonMessage {
    public AgentJoined {
        Objects.requireNonNull(at, "at == null");
        Check.text(agentName, "agentName");
        Check.text(team, "team");
        Check.text(text, "text");
    }
}
