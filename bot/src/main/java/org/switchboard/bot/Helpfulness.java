package org.switchboard.bot;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.FrustrationSign;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.phrasing.Phrase;

/**
 * The visitor's yes or no to "Did that help?", typed or chosen. Yes: glad, and thanks. The first
 * no: sorry, and one request to say more. The rules' number of "no"s in a row (two by default)
 * is frustration: an apology first, then a person; so is a "no" said in frustration when the
 * rules hand frustration off. Immutable.
 */
final class Helpfulness {
    private final FaqReplies replies;
    private final Handoffs handoffs;

    Helpfulness(FaqReplies replies, Handoffs handoffs) {
        this.replies = replies;
        this.handoffs = handoffs;
    }

    /** Records the answer, then replies; {@code signs} are the frustration already read in the message. */
    void answered(Turn turn, String faqId, boolean helpful, Set<FrustrationSign> signs) {
        turn.add(new HelpfulnessAnswered(turn.at(), faqId, helpful));
        Set<FrustrationSign> all = signs.isEmpty() ? EnumSet.noneOf(FrustrationSign.class) : EnumSet.copyOf(signs);
        boolean fedUp = !helpful && turn.conversation().notHelpfulInARow() >= handoffs.rules().notHelpfulInARow();
        if (fedUp) {
            all.add(FrustrationSign.REPEATED_NOT_HELPFUL);
        }
        turn.beforeReply(all);
        boolean upset = !helpful && !signs.isEmpty() && handoffs.rules().onFrustration() == HandoffRules.OnFrustration.HANDOFF;
        if (helpful) {
            turn.add(new BotReplied(turn.at(), turn.say(Phrase.HELPFUL_GLAD), List.of()));
        } else if (fedUp || turn.conversation().status() != ConversationStatus.BOT) {
            handoffs.request(turn, HandoffReason.NOT_HELPFUL, handoffs.route("", Optional.of(faqId)));
        } else if (upset) {
            handoffs.request(turn, HandoffReason.FRUSTRATION, handoffs.route("", Optional.of(faqId)));
        } else {
            replies.clarify(turn, Phrase.HELPFUL_SORRY);
        }
    }
}
