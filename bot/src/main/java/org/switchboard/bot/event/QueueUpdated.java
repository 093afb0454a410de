package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The visitor's place in the queue for a person, and an honest estimate of the wait when there
 * is data for one (recent pick-up times); said when the handoff is queued and whenever the place
 * changes.
 *
 * @param at          when
 * @param position    1 for next in line
 * @param waitMinutes the estimated wait in whole minutes, or null when there is no data (the
 *                    text then names no time) or the team is away
 * @param text        what the visitor reads
 */
public record QueueUpdated(Instant at, int position, Integer waitMinutes, String text) implements BotMessage {
    public QueueUpdated {
        Objects.requireNonNull(at, "at == null");
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1: " + position);
        }
        if (waitMinutes != null && waitMinutes < 1) {
            throw new IllegalArgumentException("waitMinutes must be >= 1: " + waitMinutes);
        }
        Check.text(text, "text");
    }

    @Override
    public List<QuickReply> quickReplies() {
        return List.of();
    }
}
