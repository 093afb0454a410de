package org.switchboard.bot;

import java.util.List;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.CallbackOffered;
import org.switchboard.bot.event.CallbackRequested;
import org.switchboard.bot.phrasing.Phrase;

/**
 * The offer of a call back to a visitor waiting for a person, and their answer. Choosing the call
 * back records {@link CallbackRequested}, the hand-over point to booking; the visitor keeps their
 * place, and is told honestly that a person will agree the time here. Stateless.
 */
final class Callbacks {

    void advised(Turn turn, Inbound.CallbackAdvised advice) {
        if (turn.conversation().status() != ConversationStatus.QUEUED || turn.conversation().callbackOffered()) {
            return;
        }
        Phrase text = switch (advice.reason()) {
            case TEAM_AWAY -> Phrase.CALLBACK_OFFER_AWAY;
            case NO_AGENT -> Phrase.CALLBACK_OFFER_NO_AGENT;
            case LONG_WAIT -> Phrase.CALLBACK_OFFER_LONG_WAIT;
        };
        turn.add(new CallbackOffered(turn.at(), advice.reason(), turn.say(text),
                List.of(turn.reply(ReplyId.CALLBACK, Phrase.CALLBACK_YES_LABEL), turn.reply(ReplyId.WAIT, Phrase.CALLBACK_WAIT_LABEL))));
    }

    /** The visitor's answer to the offer (a quick reply already recorded as chosen). */
    boolean chose(Turn turn, String replyId) {
        if (replyId.equals(ReplyId.CALLBACK)) {
            turn.add(new CallbackRequested(turn.at(), turn.say(Phrase.CALLBACK_REQUESTED)));
            return true;
        }
        if (replyId.equals(ReplyId.WAIT)) {
            turn.add(new BotReplied(turn.at(), turn.say(Phrase.CALLBACK_WAITING), List.of()));
            return true;
        }
        return false;
    }
}
