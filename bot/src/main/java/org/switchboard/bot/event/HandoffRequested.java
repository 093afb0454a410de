package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The bot asked for a person to take the conversation over, and told the visitor honestly what
 * happens next (no promised wait). The conversation is now queued for the team.
 *
 * @param at           when
 * @param reason       why
 * @param outsideHours whether the team was away at the time
 * @param text         what the visitor reads
 */
public record HandoffRequested(Instant at, HandoffReason reason, boolean outsideHours, String text)
        implements BotMessage {
    public HandoffRequested {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(reason, "reason == null");
        Check.text(text, "text");
    }
}
