package org.switchboard.server.chat;

import java.util.Objects;
import org.switchboard.bot.Inbound;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.CallbackBookingRequested;

/**
 * Books the call back the bot asked for ({@link CallbackBookingRequested}) and gives the bot its
 * answer. {@link ChatService} runs it right after storing the visitor's turn, under the
 * conversation's lock, then stores and sends the bot's confirmation; when that confirmation cannot
 * be stored, {@link Result#undo} cancels the booking, so nothing stays half-booked.
 */
@FunctionalInterface
public interface CallbackBooker {
    /**
     * @param conversationToken the visitor's conversation token (only in memory; may be null when unknown)
     */
    Result book(long conversationId, String conversationToken, Conversation state, CallbackBookingRequested request);

    /** The bot's answer ({@code Inbound.CallbackBooked} or {@code CallbackNotBooked}) and how to take the booking back. */
    record Result(Inbound answer, Runnable undo) {
        public Result {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(undo, "undo");
        }
    }
}
