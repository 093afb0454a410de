package org.switchboard.bot.callback;

import java.time.Duration;
import java.util.Objects;

/**
 * How one team takes call backs: its slots (hours, rota, slot length, calls per agent), its service
 * level, how soon and how far ahead a slot may be booked, and how many slots to show at once.
 */
public record TeamCallbacks(SlotCalendar calendar, ServiceLevel serviceLevel, Duration minNotice, Duration bookAhead,
                            int offerCount) {
    public TeamCallbacks {
        Objects.requireNonNull(calendar, "calendar == null");
        Objects.requireNonNull(serviceLevel, "serviceLevel == null");
        Objects.requireNonNull(minNotice, "minNotice == null");
        Objects.requireNonNull(bookAhead, "bookAhead == null");
        if (minNotice.isNegative() || bookAhead.compareTo(minNotice) <= 0) {
            throw new IllegalArgumentException("need 0 <= min notice < booking horizon: " + minNotice + ", " + bookAhead);
        }
        if (offerCount < 1 || offerCount > 12) {
            throw new IllegalArgumentException("slots offered at once must be 1..12: " + offerCount);
        }
    }
}
