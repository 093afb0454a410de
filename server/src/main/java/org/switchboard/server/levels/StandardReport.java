package org.switchboard.server.levels;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A standard over a period: how many cases counted, how many were within the limit, the share
 * attained against the target, the measured value at the target percentile, a day-by-day trend
 * and the breaches (worst first).
 *
 * @param standard the standard
 * @param from     start of the period (inclusive)
 * @param until    end of the period (exclusive)
 * @param counted  cases counted
 * @param within   of which within the limit
 * @param atPercentile the measured time at the standard's percentile (nearest rank), when any case counted
 * @param trend    one point per day (in the requested zone) that had cases, oldest first
 * @param breaches the cases over the limit, worst first (at most {@link StandardsEvaluator#MAX_BREACHES})
 */
public record StandardReport(Standard standard, Instant from, Instant until, int counted, int within,
                             Optional<Duration> atPercentile, List<Day> trend, List<Sample> breaches) {
    /** One day of the trend. */
    public record Day(LocalDate date, int counted, int within) {
        /** The share within the limit, 0..1. */
        public double attained() {
            return counted == 0 ? 0 : (double) within / counted;
        }
    }

    public StandardReport {
        trend = List.copyOf(trend);
        breaches = List.copyOf(breaches);
    }

    /** The share within the limit, 0..1; empty when no case counted. */
    public Optional<Double> attained() {
        return counted == 0 ? Optional.empty() : Optional.of((double) within / counted);
    }

    /** Whether the standard is met: at least its percentile within the limit; empty when no case counted. */
    public Optional<Boolean> met() {
        return attained().map(a -> a * 100 >= standard.percentile() - 1e-9);
    }
}
