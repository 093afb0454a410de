package org.switchboard.bot.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The bot answered with an FAQ entry, in the conversation's language (the entry's translation
 * when it has one, otherwise its own language). The quick replies are the entry's follow-ups.
 *
 * <p>The text is the editor's plain text, in which the only markup is a simple link written
 * {@code [text](https://…)}; the widget renders that link and shows everything else as text.
 *
 * @param at           when
 * @param faqId        the entry
 * @param confidence   the search's confidence in the entry, or 1 when the visitor chose it
 * @param text         the entry's answer
 * @param quickReplies the entry's follow-ups, labelled with their questions
 */
public record AnswerGiven(Instant at, String faqId, double confidence, String text, List<QuickReply> quickReplies)
        implements BotMessage {
    public AnswerGiven {
        Objects.requireNonNull(at, "at == null");
        Check.text(faqId, "faqId");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        Check.text(text, "text");
        quickReplies = Check.replies(quickReplies);
    }
}
