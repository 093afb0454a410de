package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * After an answer, the bot asked whether it helped, with Yes and No quick replies.
 *
 * @param at           when
 * @param faqId        the entry the question is about
 * @param text         the question
 * @param quickReplies Yes and No
 */
public record HelpfulnessAsked(Instant at, String faqId, String text, List<QuickReply> quickReplies)
        implements BotMessage {
    public HelpfulnessAsked {
        Objects.requireNonNull(at, "at == null");
        Check.text(faqId, "faqId");
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
