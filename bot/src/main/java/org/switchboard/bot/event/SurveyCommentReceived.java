package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The visitor added the survey's optional comment.
 *
 * @param at      when
 * @param comment what the visitor wrote
 */
public record SurveyCommentReceived(Instant at, String comment) implements ConversationEvent {
    public SurveyCommentReceived {
        Objects.requireNonNull(at, "at == null");
        Check.text(comment, "comment");
    }
}
