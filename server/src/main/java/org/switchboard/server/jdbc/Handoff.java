package org.switchboard.server.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One request for a person, as stored.
 *
 * @param team         the team asked (handoff rules)
 * @param reason       the bot's {@code HandoffReason} name
 * @param topic        the rule's topic, or null
 * @param firstMessage what the visitor last wrote before the handoff, or null
 * @param pickedUpAt   when an agent took it, or null while waiting
 * @param endedAt      when it ended without a pick-up, or null
 * @param outcome      {@code visitor_left}, {@code callback} or {@code closed} when ended; null otherwise
 */
public record Handoff(long id, long conversationId, String team, String reason, String topic, String language,
                      String firstMessage, Instant requestedAt, Instant pickedUpAt, Long agentId, String agentName,
                      Instant endedAt, String outcome) {

    /** Still waiting for a person. */
    public boolean waiting() {
        return pickedUpAt == null && endedAt == null;
    }

    /** How long the visitor waited for a person, once picked up. */
    public Optional<Duration> pickUpWait() {
        return pickedUpAt == null ? Optional.empty() : Optional.of(Duration.between(requestedAt, pickedUpAt));
    }
}
