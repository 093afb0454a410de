package org.switchboard.server.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A booked call back as the agents keep it: the booking, who claimed it and when, whether the
 * call has begun, and whether the reminder and the escalation went out.
 *
 * @param callback      the booking
 * @param claimedAt     when {@code callback.assignedAgent()} claimed it; null when unclaimed (or assigned without a claim)
 * @param callStartedAt when the agent began calling; null before
 * @param remindedAt    when the reminder went out; null before
 * @param escalatedAt   when it was escalated to the supervisors as overdue; null before
 */
public record Appointment(Callback callback, Instant claimedAt, Instant callStartedAt, Instant remindedAt, Instant escalatedAt) {
    public Appointment {
        Objects.requireNonNull(callback, "callback");
    }

    public long id() {
        return callback.id();
    }

    /** Not done {@code after} the promised time, and still booked. */
    public boolean overdue(Instant now, Duration after) {
        return callback.booked() && !now.isBefore(callback.start().plus(after));
    }
}
