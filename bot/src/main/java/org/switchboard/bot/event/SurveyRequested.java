package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The conversation ended and the bot asked for a rating from 1 to 10 (quick replies); a comment
 * is optional. Asked at most once per conversation.
 *
 * @param at           when
 * @param text         the question
 * @param quickReplies the ratings 1 to 10
 */
public record SurveyRequested(Instant at, String text, List<QuickReply> quickReplies) implements BotMessage {
    public SurveyRequested {
        Objects.requireNonNull(at, "at == null");
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
