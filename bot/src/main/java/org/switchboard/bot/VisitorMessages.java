package org.switchboard.bot;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationReopened;
import org.switchboard.bot.event.FrustrationSign;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.InputProblem;
import org.switchboard.bot.event.InputRejected;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.TypingStarted;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.handoff.Routing;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.bot.signal.Signals;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;

/**
 * A message typed by the visitor. In order: the message is recorded (the server acknowledges it)
 * and the bot starts typing; an apology comes first if the visitor sounds frustrated; then the
 * away notice if due; then the reply, by what the message is: a request for a person, a yes or
 * no to "Did that help?", thanks, or a question for the FAQ. While an agent answers, the bot only
 * records the message. Immutable.
 */
final class VisitorMessages {
    private enum Intent { PERSON, YES, NO, THANKS, QUESTION }

    private final FaqSearch faq;
    private final Signals signals;
    private final FaqReplies replies;
    private final Helpfulness helpfulness;
    private final Handoffs handoffs;
    private final Callbacks callbacks;

    VisitorMessages(FaqSearch faq, Signals signals, FaqReplies replies, Helpfulness helpfulness, Handoffs handoffs,
                    Callbacks callbacks) {
        this.callbacks = callbacks;
        this.faq = faq;
        this.signals = signals;
        this.replies = replies;
        this.helpfulness = helpfulness;
        this.handoffs = handoffs;
    }

    void receive(Turn turn, String text) {
        Conversation c = turn.conversation();
        if (text.isBlank()) {
            turn.add(new InputRejected(turn.at(), InputProblem.EMPTY_MESSAGE, turn.say(Phrase.ERROR_EMPTY)));
            return;
        }
        if (c.status() == ConversationStatus.WITH_AGENT) {
            turn.add(new MessageReceived(turn.at(), text, c.language()));
            return;
        }
        if (Callbacks.awaitsText(c)) {
            callbacks.wrote(turn, text); // a phone number, an address or a note: not a question for the FAQ
            return;
        }
        FaqAnswer found = faq.ask(text, c.language());
        turn.add(new MessageReceived(turn.at(), text, found.language())); // first: the server acknowledges it
        if (c.status() == ConversationStatus.RESOLVED) {
            turn.add(new ConversationReopened(turn.at()));
        }
        turn.add(new TypingStarted(turn.at()));
        Optional<String> asked = c.helpfulnessAsked();
        Intent intent = intent(text, asked.isPresent());
        Set<FrustrationSign> signs = signals.frustration(text, found.language());
        if (intent == Intent.YES || intent == Intent.NO) {
            helpfulness.answered(turn, asked.orElseThrow(), intent == Intent.YES, signs);
            return;
        }
        turn.beforeReply(signs);
        Routing routing = handoffs.route(text, concerned(found).or(c::helpfulnessAsked));
        switch (intent) {
            case PERSON -> handoffs.request(turn, HandoffReason.VISITOR_ASKED, routing);
            case THANKS -> turn.add(new BotReplied(turn.at(), turn.say(Phrase.THANKS_REPLY), List.of()));
            default -> question(turn, found, routing, !signs.isEmpty());
        }
    }

    /**
     * A question: answered from the FAQ as usual, unless it needs a person (a topic that always
     * does, or a frustrated visitor when the rules say so): then the answer if the FAQ has one,
     * and a person.
     */
    private void question(Turn turn, FaqAnswer found, Routing routing, boolean frustrated) {
        boolean upset = frustrated && handoffs.rules().onFrustration() == HandoffRules.OnFrustration.HANDOFF;
        ConversationStatus status = turn.conversation().status();
        if ((routing.alwaysPerson() || upset) && status == ConversationStatus.BOT) {
            replies.answerBeforeHandoff(turn, found);
            handoffs.request(turn, routing.alwaysPerson() ? HandoffReason.TOPIC : HandoffReason.FRUSTRATION, routing);
        } else if (status == ConversationStatus.QUEUED && found.decision() != Decision.ANSWER) {
            return; // waiting for a person: what the FAQ cannot answer is for them to read, not for the bot to repeat itself
        } else {
            replies.reply(turn, found, routing);
        }
    }

    /** The FAQ entry a message is about: the answer found, else the best candidate (else, above, the last answered). */
    private static Optional<String> concerned(FaqAnswer found) {
        return found.faqId().or(() -> found.candidates().stream().findFirst().map(Candidate::faqId));
    }

    private Intent intent(String text, boolean helpfulnessAsked) {
        if (signals.asksForPerson(text)) {
            return Intent.PERSON;
        }
        if (helpfulnessAsked && signals.isYes(text)) {
            return Intent.YES;
        }
        if (helpfulnessAsked && signals.isNo(text)) {
            return Intent.NO;
        }
        return signals.isThanks(text) ? Intent.THANKS : Intent.QUESTION;
    }
}
