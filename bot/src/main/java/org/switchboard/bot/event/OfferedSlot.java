package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One call back slot as offered to the visitor: the quick reply that chooses it, its real times,
 * and how the visitor reads it in their own time zone and language.
 *
 * @param replyId the quick reply's id
 * @param start   when the call is promised
 * @param end     the end of the slot
 * @param day     the day in the visitor's zone, e.g. "Tuesday 24 Nov 2026" (the widget groups slots by it)
 * @param time    the start in the visitor's zone, e.g. "10:30"
 */
public record OfferedSlot(String replyId, Instant start, Instant end, String day, String time) {
    public OfferedSlot {
        Objects.requireNonNull(replyId, "replyId == null");
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        Objects.requireNonNull(day, "day == null");
        Objects.requireNonNull(time, "time == null");
    }
}
