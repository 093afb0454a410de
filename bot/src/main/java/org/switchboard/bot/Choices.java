package org.switchboard.bot;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.InputProblem;
import org.switchboard.bot.event.InputRejected;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.QuickReplySelected;
import org.switchboard.bot.event.TypingStarted;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.FaqEntry;

/**
 * A quick reply chosen by the visitor. Only the replies of the bot's latest turn count; any other
 * id is rejected with an event and changes nothing. An FAQ option or follow-up is answered, Yes
 * and No answer "Did that help?", "None of these" is handled like a question the bot cannot
 * match, "Talk to a person" asks for one, and a number rates the survey. Immutable.
 */
final class Choices {
    private final FaqSearch faq;
    private final FaqReplies replies;
    private final Helpfulness helpfulness;
    private final Handoffs handoffs;
    private final Surveys surveys;
    private final Callbacks callbacks;

    Choices(FaqSearch faq, FaqReplies replies, Helpfulness helpfulness, Handoffs handoffs, Surveys surveys, Callbacks callbacks) {
        this.callbacks = callbacks;
        this.faq = faq;
        this.replies = replies;
        this.helpfulness = helpfulness;
        this.handoffs = handoffs;
        this.surveys = surveys;
    }

    void choose(Turn turn, String replyId) {
        Conversation c = turn.conversation();
        Optional<QuickReply> offered = c.offered(replyId);
        if (offered.isEmpty()) {
            turn.add(new InputRejected(turn.at(), InputProblem.UNKNOWN_CHOICE, turn.say(Phrase.ERROR_CHOICE)));
            return;
        }
        turn.add(new QuickReplySelected(turn.at(), replyId, offered.get().label()));
        if (callbacks.chose(turn, replyId)) {
            return;
        }
        OptionalInt rating = ReplyId.rating(replyId);
        if (rating.isPresent()) {
            surveys.rate(turn, rating.getAsInt());
            return;
        }
        turn.add(new TypingStarted(turn.at()));
        if ((replyId.equals(ReplyId.YES) || replyId.equals(ReplyId.NO)) && c.helpfulnessAsked().isPresent()) {
            helpfulness.answered(turn, c.helpfulnessAsked().get(), replyId.equals(ReplyId.YES), Set.of());
            return;
        }
        turn.beforeReply();
        if (replyId.equals(ReplyId.PERSON)) {
            handoffs.request(turn, HandoffReason.VISITOR_ASKED, handoffs.route(turn));
            return;
        }
        Optional<FaqEntry> entry = ReplyId.faqId(replyId).flatMap(faq::entry);
        if (entry.isPresent()) {
            replies.answer(turn, entry.get(), 1.0);
        } else {
            replies.cannotAnswer(turn, handoffs.route(turn)); // "None of these", or an entry removed since it was offered
        }
    }
}
