package org.switchboard.bot;

import java.time.Instant;
import java.util.Optional;
import org.switchboard.bot.callback.SlotOffer;

/**
 * The bot's port to call back slots: the server implements it from the team's hours, rota and the
 * places already booked ({@code server.callback.CallbackService}). Reading only: booking is the
 * server's, after the bot records {@code CallbackBookingRequested}.
 */
@FunctionalInterface
public interface CallbackSlots {
    /**
     * The team's next free slots starting after {@code after} (exclusive), as of {@code now};
     * empty when the team takes no call backs at all.
     */
    Optional<SlotOffer> offer(String team, Instant now, Instant after);

    /** No call backs can be booked: choosing one records {@code CallbackRequested} (a person agrees the time). */
    static CallbackSlots none() {
        return (team, now, after) -> Optional.empty();
    }
}
