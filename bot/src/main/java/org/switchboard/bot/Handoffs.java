package org.switchboard.bot;

import java.util.List;
import java.util.Optional;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.handoff.Routing;
import org.switchboard.faq.FaqEntry;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationReopened;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.phrasing.Phrase;

/**
 * Asks for a person and tells the visitor honestly what happens next: someone from the team will
 * reply in this chat, now or when they are back; never a promised wait. Asks once: while the
 * conversation is queued it says a person has already been asked. Routes each handoff to a team
 * by the {@link HandoffRules}. Immutable.
 */
final class Handoffs {
    private final HandoffRules rules;
    private final FaqSearch faq;

    Handoffs(HandoffRules rules, FaqSearch faq) {
        this.rules = rules;
        this.faq = faq;
    }

    HandoffRules rules() {
        return rules;
    }

    /**
     * Where a handoff would go: by words in the visitor's message (may be empty), else by the
     * tags of the FAQ entry concerned, else the default team.
     */
    Routing route(String message, Optional<String> faqId) {
        List<String> tags = faqId.flatMap(faq::entry).map(FaqEntry::tags).orElse(List.of());
        return rules.route(message, tags);
    }

    /** Routing for a conversation without a message at hand: by the entry last answered. */
    Routing route(Turn turn) {
        return route("", turn.conversation().helpfulnessAsked());
    }

    /** The visitor used "Talk to a person". */
    void personRequested(Turn turn) {
        ConversationStatus status = turn.conversation().status();
        if (status == ConversationStatus.WITH_AGENT) {
            return; // a person is already answering
        }
        if (status == ConversationStatus.RESOLVED) {
            turn.add(new ConversationReopened(turn.at()));
        }
        turn.beforeReply();
        request(turn, HandoffReason.VISITOR_ASKED, route(turn));
    }

    /** Asks for a person, or says one has been asked already. Call after {@link Turn#beforeReply}. */
    void request(Turn turn, HandoffReason reason, Routing routing) {
        ConversationStatus status = turn.conversation().status();
        if (status == ConversationStatus.QUEUED) {
            turn.add(new BotReplied(turn.at(), turn.say(Phrase.HANDOFF_ALREADY_ASKED), List.of()));
            return;
        }
        if (!status.canMoveTo(ConversationStatus.QUEUED)) {
            return;
        }
        boolean away = turn.outsideHours();
        String text = turn.say(why(reason)) + " " + turn.say(away ? Phrase.HANDOFF_NEXT_AWAY : Phrase.HANDOFF_NEXT_OPEN);
        turn.add(new HandoffRequested(turn.at(), reason, away, text, routing.team(), routing.topic().orElse(null)));
    }

    private static Phrase why(HandoffReason reason) {
        return switch (reason) {
            case VISITOR_ASKED -> Phrase.HANDOFF_VISITOR_ASKED;
            case NO_ANSWER -> Phrase.HANDOFF_NO_ANSWER;
            case NOT_HELPFUL -> Phrase.HANDOFF_NOT_HELPFUL;
            case FRUSTRATION -> Phrase.HANDOFF_FRUSTRATION;
            case TOPIC -> Phrase.HANDOFF_TOPIC;
        };
    }
}
