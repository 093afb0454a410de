package org.switchboard.bot.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of a weekday when the team is at work, in the office's time zone.
 *
 * @param day    the day of the week
 * @param opens  the first minute open
 * @param closes the first minute closed; {@link LocalTime#MIDNIGHT} means the end of the day (24:00)
 */
public record OpeningSpan(DayOfWeek day, LocalTime opens, LocalTime closes) {
    public OpeningSpan {
        Objects.requireNonNull(day, "day == null");
        Objects.requireNonNull(opens, "opens == null");
        Objects.requireNonNull(closes, "closes == null");
        if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
            throw new IllegalArgumentException(day + ": opens at " + opens + " but closes at " + closes
                    + "; a span ends on the day it starts (write 24:00 for midnight)");
        }
    }

    /** Whether the team is at work at this time of this span's day. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && (closes.equals(LocalTime.MIDNIGHT) || time.isBefore(closes));
    }

    /** Whether the two spans share a minute. */
    boolean overlaps(OpeningSpan other) {
        return day == other.day && (contains(other.opens) || other.contains(opens));
    }
}
