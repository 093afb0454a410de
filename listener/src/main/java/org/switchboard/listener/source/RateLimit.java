package org.switchboard.listener.source;

import java.time.Duration;
import java.time.Instant;

/**
 * A network's announced rate limit: calls left in the window and when the window resets.
 *
 * @param remaining calls left
 * @param reset     when the count starts again
 */
record RateLimit(int remaining, Instant reset) {
    /**
     * Refuses a call while no calls are left before the reset, without asking the network.
     *
     * @throws SourceException RATE_LIMITED with the time until the reset
     */
    void check(String source, String what, Instant now) throws SourceException {
        if (remaining <= 0 && now.isBefore(reset)) {
            Duration wait = Duration.between(now, reset);
            throw new SourceException(SourceException.Kind.RATE_LIMITED, "source '" + source + "': " + what
                    + ": rate limit used up (0 calls left) until " + reset + "; not called", wait, null);
        }
    }
}
