package org.switchboard.bot;

import java.util.List;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationReopened;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.phrasing.Phrase;

/**
 * Asks for a person and tells the visitor honestly what happens next: someone from the team will
 * reply in this chat, now or when they are back; never a promised wait. Asks once: while the
 * conversation is queued it says a person has already been asked. Stateless.
 */
final class Handoffs {

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
        request(turn, HandoffReason.VISITOR_ASKED);
    }

    /** Asks for a person, or says one has been asked already. Call after {@link Turn#beforeReply}. */
    void request(Turn turn, HandoffReason reason) {
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
        turn.add(new HandoffRequested(turn.at(), reason, away, text));
    }

    private static Phrase why(HandoffReason reason) {
        return switch (reason) {
            case VISITOR_ASKED -> Phrase.HANDOFF_VISITOR_ASKED;
            case NO_ANSWER -> Phrase.HANDOFF_NO_ANSWER;
            case NOT_HELPFUL -> Phrase.HANDOFF_NOT_HELPFUL;
        };
    }
}
