package org.switchboard.bot.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.switchboard.faq.Language;

/**
 * A visitor opened the chat. Always the first event of a conversation.
 *
 * @param at          when
 * @param language    the language to greet in (the widget's hint, or the site's default)
 * @param visitorZone the visitor's time zone, for telling times "in your time"
 */
public record ConversationStarted(Instant at, Language language, ZoneId visitorZone) implements ConversationEvent {
    public ConversationStarted {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(visitorZone, "visitorZone == null");
    }
}
