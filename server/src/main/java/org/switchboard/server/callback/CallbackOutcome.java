package org.switchboard.server.callback;

import java.util.Locale;

/** What an agent records after calling: spoke to the visitor, nobody answered, or moved to another time. */
public enum CallbackOutcome {
    /** The agent called and spoke to the visitor: the call back is over. */
    DONE,
    /** The agent called and nobody answered; the call back ends, or moves to a new time when one is given. */
    NO_ANSWER,
    /** The visitor (or the agent) wanted another time: it moves to a free slot and stays booked. */
    RESCHEDULED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code done}, {@code no_answer} or {@code rescheduled}; anything else is refused. */
    public static CallbackOutcome parse(String value) {
        for (CallbackOutcome o : values()) {
            if (o.dbValue().equals(value)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + value + "' (known: done, no_answer, rescheduled)");
    }
}
