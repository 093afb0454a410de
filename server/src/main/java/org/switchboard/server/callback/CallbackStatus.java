package org.switchboard.server.callback;

import java.util.Locale;

/** Where a booked call back stands. Stored in lower case ({@code booked}, {@code no_answer} …). */
public enum CallbackStatus {
    /** Booked, not yet called: it holds a place in its slot. */
    BOOKED,
    /** Cancelled by the visitor (or staff): its place in the slot is free again. */
    CANCELLED,
    /** Replaced by another booking at a new time (an agent's outcome). */
    RESCHEDULED,
    /** The agent called and spoke to the visitor. */
    DONE,
    /** The agent called and nobody answered. */
    NO_ANSWER;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CallbackStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
