package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;
import org.switchboard.faq.Language;

/**
 * The visitor wrote a message. It is the first event the bot returns for a message, so the
 * server acknowledges the message as soon as this event is stored.
 *
 * @param at       when
 * @param text     what the visitor wrote, as written
 * @param language the language it was read in; the conversation continues in it
 */
public record MessageReceived(Instant at, String text, Language language) implements ConversationEvent {
    public MessageReceived {
        Objects.requireNonNull(at, "at == null");
        Check.text(text, "text");
        Objects.requireNonNull(language, "language == null");
    }
}
