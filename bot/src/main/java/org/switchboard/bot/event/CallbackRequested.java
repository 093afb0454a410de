package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The visitor asked to be called back: the point where booking a date and time takes over. Until
 * then the visitor keeps their place and a person agrees the time in the chat.
 *
 * @param at   when
 * @param text what the visitor reads
 */
public record CallbackRequested(Instant at, String text) implements BotMessage {
    public CallbackRequested {
        Objects.requireNonNull(at, "at == null");
        Check.text(text, "text");
    }

    @Override
    public List<QuickReply> quickReplies() {
        return List.of();
    }
}
