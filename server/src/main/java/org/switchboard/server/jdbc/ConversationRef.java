package org.switchboard.server.jdbc;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A stored conversation's row, without its events and without its token.
 *
 * @param status       the bot's status name (e.g. {@code BOT}); the store does not interpret it
 * @param lastSequence the newest event's sequence number, 0 before the first event
 */
public record ConversationRef(long id, String language, ZoneId timeZone, String status, Instant createdAt,
                              Instant updatedAt, long lastSequence) {
}
