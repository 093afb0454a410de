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
 * @param team         the team asked, e.g. {@code support} or {@code billing}
 * @param topic        the handoff rule's topic that routed it or made it necessary, or null
 */
public record HandoffRequested(Instant at, HandoffReason reason, boolean outsideHours, String text, String team,
                               String topic) implements BotMessage {
    /** The team of a handoff recorded before teams existed. */
    public static final String DEFAULT_TEAM = "support";

    public HandoffRequested {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(reason, "reason == null");
        Check.text(text, "text");
        team = team == null ? DEFAULT_TEAM : team;
    }

    /** To the default team, for no particular topic. */
    public HandoffRequested(Instant at, HandoffReason reason, boolean outsideHours, String text) {
        this(at, reason, outsideHours, text, DEFAULT_TEAM, null);
    }
}
