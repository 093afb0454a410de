package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The call back is booked: the bot confirms the date and time in the visitor's zone. The visitor
 * leaves the line for a person. The server adds, for the visitor's own connections only, the
 * token of the calendar file and the cancel/reschedule page (docs/protocol.md).
 *
 * @param reference the call back's public reference (the server derives the manage token from it)
 */
public record CallbackBooked(Instant at, String reference, String team, Instant start, Instant end, String text)
        implements BotMessage {
    public CallbackBooked {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(reference, "reference == null");
        Objects.requireNonNull(team, "team == null");
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        Check.text(text, "text");
    }

    @Override
    public List<QuickReply> quickReplies() {
        return List.of();
    }
}
