package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The conversation ended. A later message from the visitor reopens it.
 *
 * @param at         when
 * @param reason     why it ended
 * @param resolution the agent's resolution code when a person closed it (e.g. {@code solved}), else null
 */
public record ConversationResolved(Instant at, ResolutionReason reason, String resolution) implements ConversationEvent {
    public ConversationResolved {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(reason, "reason == null");
    }

    /** Ended without a resolution code (the visitor closed it, or it went idle). */
    public ConversationResolved(Instant at, ResolutionReason reason) {
        this(at, reason, null);
    }
}
