package org.switchboard.listener.source;

import java.time.LocalDate;

/**
 * What a source remembers between polls, stored by the server in the same transaction as the
 * mentions a poll found, so a restart resumes where the last stored poll ended.
 *
 * @param cursor         the source's own checkpoint (Twitter/Mastodon: the newest id seen,
 *                       {@code since_id}; feeds: ETag and Last-Modified; pages: the newest item
 *                       keys), opaque to everyone else; {@code null} before the first poll
 * @param usageDay       the UTC day {@code readToday} counts
 * @param readToday      posts read (billed) on that day
 * @param readThisMonth  posts read in that day's month
 */
public record SourceState(String cursor, LocalDate usageDay, long readToday, long readThisMonth) {
    /** The state of a source never polled. */
    public static SourceState initial() {
        return new SourceState(null, null, 0, 0);
    }
}
