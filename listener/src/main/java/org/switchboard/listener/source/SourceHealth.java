package org.switchboard.listener.source;

import java.time.Instant;

/**
 * How a source is doing, for the server to show.
 *
 * @param name                the source's name
 * @param kind                its kind
 * @param healthy             false from the first failed poll until the next successful one
 * @param consecutiveFailures failed polls since the last success
 * @param lastError           the last failure's message, {@code null} once a poll succeeds
 * @param lastSuccess         when a poll last succeeded, {@code null} before the first
 * @param nextPoll            when it is due next
 */
public record SourceHealth(String name, String kind, boolean healthy, int consecutiveFailures, String lastError,
                           Instant lastSuccess, Instant nextPoll) {
}
