package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything needed to book the call back is there: the server books it (a place in the slot, in
 * one transaction) and answers with {@code Inbound.CallbackBooked} or
 * {@code Inbound.CallbackNotBooked}. Not shown to the visitor.
 *
 * @param note what the visitor wants to talk about; null when none
 */
public record CallbackBookingRequested(Instant at, String team, Instant start, Instant end, String kind, String contact,
                                       String note) implements ConversationEvent {
    public CallbackBookingRequested {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(team, "team == null");
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(contact, "contact == null");
    }
}
