package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The bot could not accept what arrived and told the visitor what to do instead. Nothing else
 * changed: earlier quick replies stay open.
 *
 * @param at      when
 * @param problem what was wrong
 * @param text    what the visitor reads
 */
public record InputRejected(Instant at, InputProblem problem, String text) implements BotMessage {
    public InputRejected {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(problem, "problem == null");
        Check.text(text, "text");
    }
}
