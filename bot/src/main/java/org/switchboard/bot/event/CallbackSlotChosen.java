package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The visitor chose a call back slot; the bot asks how to reach them (phone or e-mail).
 *
 * @param start when the call is promised
 * @param end   the end of the slot
 */
public record CallbackSlotChosen(Instant at, String team, Instant start, Instant end, String text) implements BotMessage {
    public CallbackSlotChosen {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(team, "team == null");
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        Check.text(text, "text");
    }

    @Override
    public List<QuickReply> quickReplies() {
        return List.of();
    }
}
