package org.switchboard.bot.callback;

import java.time.Instant;
import java.util.Objects;

/**
 * A time a team can call back: it starts and ends within the team's hours, and as many call backs
 * fit as agents are on shift for all of it (times the calls each takes).
 *
 * @param start    when the call is promised
 * @param end      the end of the slot
 * @param capacity how many call backs it can take (at least 1)
 * @param taken    how many are booked (0..capacity)
 */
public record Slot(Instant start, Instant end, int capacity, int taken) {
    public Slot {
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + start + " .. " + end);
        }
        if (capacity < 1 || taken < 0) {
            throw new IllegalArgumentException("capacity must be >= 1 and taken >= 0: " + capacity + ", " + taken);
        }
    }

    /** How many more call backs it can take. */
    public int free() {
        return Math.max(0, capacity - taken);
    }

    /** This slot with {@code taken} booked. */
    public Slot withTaken(int taken) {
        return new Slot(start, end, capacity, taken);
    }
}
