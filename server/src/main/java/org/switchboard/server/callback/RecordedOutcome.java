package org.switchboard.server.callback;

import java.time.Instant;

/** One stored outcome of a call back, for the service levels and the console's history. */
public record RecordedOutcome(long callbackId, String team, String agent, Instant promisedAt, Instant completedAt,
                              CallbackOutcome outcome, Punctuality punctuality, String note) {
}
