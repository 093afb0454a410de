package org.switchboard.server.callback;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a booking stores. The manage token is not here, only its hash.
 *
 * @param capacity how many call backs the slot can take now (from the rota), at least 1
 */
public record NewCallback(long conversationId, String reference, byte[] tokenHash, String team, Instant start, Instant end,
                          int capacity, ZoneId visitorZone, String language, ContactKind contactKind, String contact,
                          String note) {
    public NewCallback {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(visitorZone, "visitorZone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(contactKind, "contactKind");
        Objects.requireNonNull(contact, "contact");
        if (tokenHash.length != 32) {
            throw new IllegalArgumentException("tokenHash must be a SHA-256 (32 bytes)");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + start + " .. " + end);
        }
    }
}
