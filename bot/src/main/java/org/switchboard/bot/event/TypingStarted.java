package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The bot started working on a reply: the widget shows a typing indicator until the next bot
 * message. It follows the visitor's message or choice at once, so the visitor is never left
 * without a sign of life.
 *
 * @param at when
 */
public record TypingStarted(Instant at) implements ConversationEvent {
    public TypingStarted {
        Objects.requireNonNull(at, "at == null");
    }
}
