package org.switchboard.server.listener;

import java.time.Instant;
import org.switchboard.listener.source.SourceState;

/**
 * A source as the database remembers it: its state (cursor and read budget usage) and how its
 * polls went.
 */
public record SourceRecord(String name, String kind, SourceState state, Instant lastPolledAt,
                           Instant lastSuccessAt, int failures, String lastError) {
}
