package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Several entries fitted about equally: the bot asked "Did you mean…" with them as quick
 * replies, followed by "None of these".
 *
 * @param at           when
 * @param faqIds       the entries offered, best first (2 to 4)
 * @param text         the question
 * @param quickReplies one per entry, then "None of these"
 */
public record OptionsOffered(Instant at, List<String> faqIds, String text, List<QuickReply> quickReplies)
        implements BotMessage {
    public OptionsOffered {
        Objects.requireNonNull(at, "at == null");
        faqIds = List.copyOf(faqIds);
        if (faqIds.size() < 2 || faqIds.size() > 4) {
            throw new IllegalArgumentException("2 to 4 options expected: " + faqIds);
        }
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
