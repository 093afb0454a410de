package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The visitor came back to a resolved conversation; the bot is answering again.
 *
 * @param at when
 */
public record ConversationReopened(Instant at) implements ConversationEvent {
    public ConversationReopened {
        Objects.requireNonNull(at, "at == null");
    }
}
