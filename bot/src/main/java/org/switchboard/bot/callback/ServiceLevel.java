package org.switchboard.bot.callback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.hours.OpeningSpan;

/**
 * The promise a team makes for call backs, e.g. "within 10 business hours": counted only while the
 * team is at work (its weekly hours, less holidays and closures). Immutable.
 *
 * @param within business time (at least a minute)
 */
public record ServiceLevel(Duration within) {
    private static final int LOOK_AHEAD_DAYS = 400;

    public ServiceLevel {
        Objects.requireNonNull(within, "within == null");
        if (within.toMinutes() < 1) {
            throw new IllegalArgumentException("a service level is at least one minute: " + within);
        }
    }

    /** The latest start that keeps the promise for a request made at {@code requested}. */
    public Instant deadline(BusinessHours hours, Instant requested) {
        Duration left = within;
        LocalDate date = requested.atZone(hours.zone()).toLocalDate();
        for (int d = 0; d <= LOOK_AHEAD_DAYS; d++, date = date.plusDays(1)) {
            for (OpeningSpan span : hours.openOn(date)) {
                Instant opens = ZonedDateTime.of(date, span.opens(), hours.zone()).toInstant();
                LocalDateTime end = span.closes().equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay()
                        : date.atTime(span.closes());
                Instant closes = ZonedDateTime.of(end, hours.zone()).toInstant();
                Instant from = opens.isBefore(requested) ? requested : opens;
                if (!closes.isAfter(from)) {
                    continue;
                }
                Duration open = Duration.between(from, closes);
                if (open.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(open);
            }
        }
        throw new IllegalStateException("closed for more than " + LOOK_AHEAD_DAYS + " days after " + requested);
    }

    /** The promise in whole hours, for "within {hours} working hours". */
    public long hours() {
        return (within.toMinutes() + 59) / 60;
    }
}
