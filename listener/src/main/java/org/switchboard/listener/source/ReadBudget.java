package org.switchboard.listener.source;

import java.time.LocalDate;

/**
 * The most posts a source may read (and be billed for) per UTC day and per calendar month
 * (UTC). A poll asks the network for at most {@link #remaining} posts and makes no call at all
 * when that is 0.
 *
 * @param perDay   posts a day, at least 1
 * @param perMonth posts a month, at least {@code perDay}
 */
public record ReadBudget(long perDay, long perMonth) {
    public ReadBudget {
        if (perDay < 1) {
            throw new IllegalArgumentException("per_day must be at least 1: " + perDay);
        }
        if (perMonth < perDay) {
            throw new IllegalArgumentException("per_month must be at least per_day (" + perDay + "): " + perMonth);
        }
    }

    /** Posts that may still be read on {@code today} (UTC), given the usage in {@code state}. */
    public long remaining(SourceState state, LocalDate today) {
        SourceState now = state.on(today);
        return Math.max(0, Math.min(perDay - now.readToday(), perMonth - now.readThisMonth()));
    }
}
