package org.switchboard.server.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How one outcome counts for the service levels: {@code kept} (done within the configured minutes
 * of the promised time), {@code late} (done later), {@code no_show} (nobody answered) or
 * {@code rescheduled} (moved; in neither rate).
 */
public enum Punctuality {
    KEPT, LATE, NO_SHOW, RESCHEDULED;

    /**
     * @param keptWithin how long after the promised time a call still counts as kept
     */
    public static Punctuality of(CallbackOutcome outcome, Instant promised, Instant completed, Duration keptWithin) {
        return switch (outcome) {
            case DONE -> completed.isAfter(promised.plus(keptWithin)) ? LATE : KEPT;
            case NO_ANSWER -> NO_SHOW;
            case RESCHEDULED -> RESCHEDULED;
        };
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
