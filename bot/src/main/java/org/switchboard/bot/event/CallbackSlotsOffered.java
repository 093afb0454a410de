package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The bot showed free call back slots, soonest first, in the visitor's time zone, as quick replies
 * (one per slot, then "another time").
 *
 * @param team              the team that will call
 * @param slots             the slots, soonest first
 * @param keepsServiceLevel false when even the soonest is later than the team's service level (the text says so)
 */
public record CallbackSlotsOffered(Instant at, String team, List<OfferedSlot> slots, boolean keepsServiceLevel, String text,
                                   List<QuickReply> quickReplies) implements BotMessage {
    public CallbackSlotsOffered {
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(team, "team == null");
        slots = List.copyOf(slots);
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
