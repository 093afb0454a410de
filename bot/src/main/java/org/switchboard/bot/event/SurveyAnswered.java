package org.switchboard.bot.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The visitor rated the conversation in the satisfaction survey.
 *
 * @param at     when
 * @param rating 1 (poor) to 10 (excellent)
 */
public record SurveyAnswered(Instant at, int rating) implements ConversationEvent {
    /** The lowest rating. */
    public static final int MIN_RATING = 1;
    /** The highest rating. */
    public static final int MAX_RATING = 10;

    public SurveyAnswered {
        Objects.requireNonNull(at, "at == null");
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be 1..10: " + rating);
        }
    }
}
