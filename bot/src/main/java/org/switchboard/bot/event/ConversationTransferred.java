package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The person passed the conversation to another team (or a supervisor): it waits in that team's
 * line again. The note is for the colleague only and is never shown to the visitor.
 *
 * @param at        when
 * @param agentName who passed it on
 * @param team      the team it goes to
 * @param note      what the colleague should know, or null
 * @param text      what the visitor reads
 */
public record ConversationTransferred(Instant at, String agentName, String team, String note, String text)
        implements PersonMessage {
    public ConversationTransferred {
        Objects.requireNonNull(at, "at == null");
        Check.text(agentName, "agentName");
        Check.text(team, "team");
        Check.text(text, "text");
    }
}
