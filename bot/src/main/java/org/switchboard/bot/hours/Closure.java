package org.switchboard.bot.hours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A date when the team is not at work for part or all of the day, whatever the weekly hours say:
 * a public holiday ({@link #allDay}) or a one-off closure, e.g. 24 December from 14:00.
 *
 * @param date the date, in the team's time zone
 * @param from the first minute closed
 * @param to   the first minute open again; {@link LocalTime#MIDNIGHT} means the end of the day (24:00)
 */
public record Closure(LocalDate date, LocalTime from, LocalTime to) {
    public Closure {
        Objects.requireNonNull(date, "date == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
            throw new IllegalArgumentException(date + ": closed from " + from + " to " + to
                    + "; a closure ends on the day it starts (write 24:00 for midnight)");
        }
    }

    /** Closed all day (a holiday). */
    public static Closure allDay(LocalDate date) {
        return new Closure(date, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** Whether this closure covers {@code time} on {@code day}. */
    public boolean covers(LocalDate day, LocalTime time) {
        return day.equals(date) && !time.isBefore(from) && (to.equals(LocalTime.MIDNIGHT) || time.isBefore(to));
    }
}
