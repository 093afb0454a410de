package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The conversation ended. A later message from the visitor reopens it.
 *
 * @param at     when
 * @param reason why it ended
 */
public record ConversationResolved(Instant at, ResolutionReason reason) implements ConversationEvent {
    public ConversationResolved {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(reason, "reason == null");
    }
}
