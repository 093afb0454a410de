package org.switchboard.listener.source;

import java.time.LocalDate;
import java.time.YearMonth;

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

    /**
     * The usage as seen on {@code today} (UTC): the day's count starts again at 0 on a new day,
     * the month's on a new month. A clock moved backwards keeps the counts.
     */
    public SourceState on(LocalDate today) {
        if (usageDay == null) {
            return new SourceState(cursor, today, 0, 0);
        }
        if (!today.isAfter(usageDay)) {
            return this;
        }
        boolean sameMonth = YearMonth.from(today).equals(YearMonth.from(usageDay));
        return new SourceState(cursor, today, 0, sameMonth ? readThisMonth : 0);
    }

    /** This state on {@code today} with {@code posts} more read and the new cursor. */
    public SourceState after(String newCursor, LocalDate today, long posts) {
        SourceState now = on(today);
        return new SourceState(newCursor, today, now.readToday + posts, now.readThisMonth + posts);
    }
}
