package org.switchboard.server.jdbc;

/**
 * What {@link ConversationRepository#appendVisitorMessage} did.
 *
 * @param event     the stored event: the new one, or for a resend the one stored the first time
 * @param duplicate true when the client message id had been stored before and nothing was written
 */
public record AppendResult(StoredEvent event, boolean duplicate) {
}
