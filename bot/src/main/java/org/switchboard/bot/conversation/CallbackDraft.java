package org.switchboard.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.bot.event.OfferedSlot;

/**
 * A call back being booked in the chat, step by step: slots shown, one chosen, contact given, then
 * the server books it. Immutable.
 *
 * @param step    where the booking stands
 * @param slots   the slots last shown (empty before)
 * @param start   the chosen slot's start (null before a choice)
 * @param end     the chosen slot's end (null before a choice)
 * @param kind    {@code PHONE} or {@code EMAIL} (null before the contact is given)
 * @param contact the number or address (null before)
 */
public record CallbackDraft(Step step, List<OfferedSlot> slots, Instant start, Instant end, String kind, String contact) {
    /** Where a booking in the chat stands. */
    public enum Step {
        /** No booking under way. */
        NONE,
        /** Slots shown; waiting for a choice. */
        SLOTS,
        /** A slot chosen; waiting for a phone number or e-mail address. */
        CONTACT,
        /** Contact given; waiting for an optional note. */
        NOTE,
        /** Handed to the server to book. */
        BOOKING
    }

    static final CallbackDraft NONE = new CallbackDraft(Step.NONE, List.of(), null, null, null, null);

    public CallbackDraft {
        Objects.requireNonNull(step, "step == null");
        slots = List.copyOf(slots);
    }

    /** The shown slot chosen with this quick reply id, if any. */
    public Optional<OfferedSlot> slot(String replyId) {
        return slots.stream().filter(s -> s.replyId().equals(replyId)).findFirst();
    }
}
