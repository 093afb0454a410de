package org.switchboard.bot;

import java.util.List;
import java.util.stream.IntStream;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationResolved;
import org.switchboard.bot.event.InputProblem;
import org.switchboard.bot.event.InputRejected;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.ResolutionReason;
import org.switchboard.bot.event.SurveyAnswered;
import org.switchboard.bot.event.SurveyCommentReceived;
import org.switchboard.bot.event.SurveyRequested;
import org.switchboard.bot.phrasing.Phrase;

/**
 * The end of a conversation and the satisfaction survey: thanks, then a rating from 1 to 10
 * (quick replies) and an optional comment, each stored as an event. The survey is asked once per
 * conversation, and only if the visitor did something. An idle timeout ends only a conversation
 * the bot is answering: one waiting for or with a person is left for people to end. Immutable.
 */
final class Surveys {

    void end(Turn turn, ResolutionReason reason) {
        end(turn, reason, null);
    }

    /** Ends the conversation; {@code resolution} is an agent's resolution code, or null. */
    void end(Turn turn, ResolutionReason reason, String resolution) {
        Conversation c = turn.conversation();
        if (c.status() == ConversationStatus.RESOLVED
                || (reason == ResolutionReason.IDLE_TIMEOUT && c.status() != ConversationStatus.BOT)) {
            return;
        }
        turn.add(new ConversationResolved(turn.at(), reason, resolution));
        if (!c.engaged()) {
            return;
        }
        turn.add(new BotReplied(turn.at(), turn.say(Phrase.CLOSING_THANKS), List.of()));
        if (!c.surveyRequested()) {
            List<QuickReply> ratings = IntStream.rangeClosed(SurveyAnswered.MIN_RATING, SurveyAnswered.MAX_RATING)
                    .mapToObj(r -> new QuickReply(ReplyId.rating(r), Integer.toString(r))).toList();
            turn.add(new SurveyRequested(turn.at(), turn.say(Phrase.SURVEY_ASK), ratings));
        }
    }

    void rate(Turn turn, int rating) {
        Conversation c = turn.conversation();
        if (!c.surveyRequested() || c.surveyRated()) {
            reject(turn, InputProblem.SURVEY_NOT_OPEN, Phrase.ERROR_SURVEY);
        } else if (rating < SurveyAnswered.MIN_RATING || rating > SurveyAnswered.MAX_RATING) {
            reject(turn, InputProblem.RATING_OUT_OF_RANGE, Phrase.ERROR_RATING);
        } else {
            turn.add(new SurveyAnswered(turn.at(), rating));
            Phrase next = c.surveyCommented() ? Phrase.SURVEY_THANKS : Phrase.SURVEY_ASK_COMMENT;
            turn.add(new BotReplied(turn.at(), turn.say(next), List.of()));
        }
    }

    void comment(Turn turn, String text) {
        Conversation c = turn.conversation();
        if (text.isBlank()) {
            reject(turn, InputProblem.EMPTY_MESSAGE, Phrase.ERROR_EMPTY);
        } else if (!c.surveyRequested() || c.surveyCommented()) {
            reject(turn, InputProblem.SURVEY_NOT_OPEN, Phrase.ERROR_SURVEY);
        } else {
            turn.add(new SurveyCommentReceived(turn.at(), text.strip()));
            turn.add(new BotReplied(turn.at(), turn.say(Phrase.SURVEY_THANKS), List.of()));
        }
    }

    private static void reject(Turn turn, InputProblem problem, Phrase text) {
        turn.add(new InputRejected(turn.at(), problem, turn.say(text)));
    }
}
