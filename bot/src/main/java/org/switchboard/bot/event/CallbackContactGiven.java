package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The visitor gave a valid phone number or e-mail address for the call back; the bot asks for an
 * optional note (quick reply: no note).
 *
 * @param kind    {@code PHONE} or {@code EMAIL}
 * @param contact the E.164 number or the address
 */
public record CallbackContactGiven(Instant at, String kind, String contact, String text, List<QuickReply> quickReplies)
        implements BotMessage {
    public CallbackContactGiven {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(contact, "contact == null");
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
