package org.switchboard.server.callback;

import java.util.Objects;

/** What became of a booking: booked, or why not (nothing was written). */
public sealed interface BookingOutcome {
    /** Booked; {@code manageToken} is for the visitor only and is not stored. */
    record Booked(Callback callback, String manageToken) implements BookingOutcome {
        public Booked {
            Objects.requireNonNull(callback, "callback");
            Objects.requireNonNull(manageToken, "manageToken");
        }
    }

    /** The slot had no place left. */
    record Taken() implements BookingOutcome {
    }

    /** The slot cannot be booked now: past, too soon, beyond the horizon, or no longer in the hours or rota. */
    record NotBookable() implements BookingOutcome {
    }
}
