package org.switchboard.bot.event;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The visitor sounded frustrated or was complaining, and the bot apologised and acknowledged it
 * before anything else. A record of complaints the team can learn from.
 *
 * @param at    when
 * @param signs what gave it away (at least one)
 * @param text  the apology
 */
public record FrustrationAcknowledged(Instant at, Set<FrustrationSign> signs, String text) implements BotMessage {
    public FrustrationAcknowledged {
        Objects.requireNonNull(at, "at == null");
        if (signs.isEmpty()) {
            throw new IllegalArgumentException("at least one sign expected");
        }
        signs = java.util.Collections.unmodifiableSet(EnumSet.copyOf(signs));
        Check.text(text, "text");
    }
}
