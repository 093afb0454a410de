package org.switchboard.server.jdbc;

import java.time.Instant;

/**
 * An event as stored: one row of {@code conversation_event}. Sequence numbers start at 1 in each
 * conversation and have no gaps.
 *
 * @param clientMessageId the id the client gave a message it sent (see
 *                        {@link ConversationRepository#appendVisitorMessage}), else null
 * @param createdAt       when it was appended, to the microsecond
 */
public record StoredEvent(long conversationId, long sequence, String type, Author author, String payload,
                          Instant createdAt, String clientMessageId) {
}
