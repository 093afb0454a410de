package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Outside business hours, the bot said the team is away and when they are back, in the
 * visitor's own time zone. Shown at most once per conversation, before the bot's reply; the bot
 * still answers.
 *
 * @param at     when
 * @param backAt when the team is next at work
 * @param text   what the visitor reads, e.g. "They are back tomorrow at 09:00, your time."
 */
public record AwayNoticeShown(Instant at, Instant backAt, String text) implements BotMessage {
    public AwayNoticeShown {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(backAt, "backAt == null");
        Check.text(text, "text");
    }
}
