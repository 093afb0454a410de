package org.switchboard.server.levels;

import java.time.Duration;
import java.util.Objects;

/**
 * One service-level standard: "{@code percentile}% of {@code measure} within {@code limit},
 * over the last {@code period}", e.g. 90% of handoffs picked up within 2 minutes over 7 days.
 *
 * @param name       shown on the dashboard ("Handoffs picked up within 2 minutes")
 * @param measure    what is measured
 * @param percentile the share that must be within the limit, in (0, 100]
 * @param limit      the time limit
 * @param period     the default window the figure is computed over
 */
public record Standard(String name, Measure measure, double percentile, Duration limit, Duration period) {
    public Standard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(period, "period");
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be above 0 and at most 100, not " + percentile);
        }
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
    }
}
