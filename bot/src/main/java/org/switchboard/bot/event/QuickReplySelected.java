package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The visitor chose a quick reply the bot had offered; the widget shows the label as the
 * visitor's message.
 *
 * @param at      when
 * @param replyId the {@link QuickReply#id()} chosen
 * @param label   its label, as the visitor saw it
 */
public record QuickReplySelected(Instant at, String replyId, String label) implements ConversationEvent {
    public QuickReplySelected {
        Objects.requireNonNull(at, "at == null");
        Check.text(replyId, "replyId");
        Check.text(label, "label");
    }
}
