package org.switchboard.server.chat;

import org.switchboard.bot.Inbound;
import org.switchboard.bot.callback.Contact;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.CallbackBookingRequested;
import org.switchboard.server.callback.BookingOutcome;
import org.switchboard.server.callback.CallbackService;

/** The chat's {@link CallbackBooker} on the {@link CallbackService}. */
public final class CallbackBookings implements CallbackBooker {
    private final CallbackService service;

    public CallbackBookings(CallbackService service) {
        this.service = service;
    }

    @Override
    public Result book(long conversationId, String conversationToken, Conversation state, CallbackBookingRequested r) {
        if (conversationToken == null) {
            return new Result(new Inbound.CallbackNotBooked(Inbound.CallbackNotBooked.Why.FAILED), () -> { });
        }
        Contact contact = new Contact(Contact.Kind.valueOf(r.kind()), r.contact());
        BookingOutcome outcome = service.book(conversationId, conversationToken, r.team(), r.start(), contact, r.note(),
                state.visitorZone(), state.language().code());
        if (outcome instanceof BookingOutcome.Booked b) {
            long id = b.callback().id();
            return new Result(new Inbound.CallbackBooked(b.callback().reference(), b.callback().start(), b.callback().end()),
                    () -> service.undo(id));
        }
        Inbound.CallbackNotBooked.Why why = outcome instanceof BookingOutcome.Taken ? Inbound.CallbackNotBooked.Why.TAKEN
                : Inbound.CallbackNotBooked.Why.PAST;
        return new Result(new Inbound.CallbackNotBooked(why), () -> { });
    }
}
