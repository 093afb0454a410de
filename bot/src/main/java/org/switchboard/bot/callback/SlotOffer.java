package org.switchboard.bot.callback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Free slots to show a visitor, soonest first, and whether the soonest keeps the team's
 * service level.
 *
 * @param slots         free slots, soonest first; empty when none can be booked
 * @param deadline      the latest start that keeps the service level, counted from the request
 * @param serviceLevel  the promise, for the visitor's message
 */
public record SlotOffer(List<Slot> slots, Instant deadline, ServiceLevel serviceLevel) {
    public SlotOffer {
        slots = List.copyOf(slots);
        Objects.requireNonNull(deadline, "deadline == null");
        Objects.requireNonNull(serviceLevel, "serviceLevel == null");
    }

    /** Whether the soonest slot offered starts by the deadline (false when there is none). */
    public boolean keepsServiceLevel() {
        return !slots.isEmpty() && !slots.get(0).start().isAfter(deadline);
    }
}
