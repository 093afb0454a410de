package org.switchboard.server.jdbc;

import java.util.List;

/**
 * What {@link ConversationRepository#appendTurn} stored.
 *
 * @param message   the client's message as stored: the new one, or for a resend the one stored the first time
 * @param reply     what came of it, numbered right after the message; empty for a resend
 * @param duplicate true when the client message id had been stored before and nothing was written
 */
public record StoredTurn(StoredEvent message, List<StoredEvent> reply, boolean duplicate) {
    public StoredTurn {
        reply = List.copyOf(reply);
    }
}
