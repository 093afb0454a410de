package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Rather than keep the visitor waiting, the bot offered a call back (quick replies: call me back,
 * or keep waiting). Offered at most once per wait.
 *
 * @param at           when
 * @param reason       why
 * @param text         what the visitor reads
 * @param quickReplies call back, or wait
 */
public record CallbackOffered(Instant at, CallbackReason reason, String text, List<QuickReply> quickReplies)
        implements BotMessage {
    public CallbackOffered {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(reason, "reason == null");
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
