package org.switchboard.server.jdbc;

import java.util.Objects;

/**
 * An event about to be appended to a conversation; the store gives it a sequence number and a time.
 *
 * @param type    what happened, e.g. {@code MessageReceived} (1..64 characters; not interpreted here)
 * @param author  who it comes from
 * @param payload the event's fields as JSON text (stored as given, not parsed)
 */
public record NewEvent(String type, Author author, String payload) {
    static final int MAX_TYPE_LENGTH = 64;

    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(payload, "payload");
        if (type.isBlank() || type.length() > MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("type must be 1.." + MAX_TYPE_LENGTH + " characters: '" + type + "'");
        }
    }
}
