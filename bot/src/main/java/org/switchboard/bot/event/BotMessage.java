package org.switchboard.bot.event;

import java.util.List;

/**
 * An event the visitor reads: text from the bot in the conversation's language, with the quick
 * replies (buttons) it offers. The quick replies of the bot's latest turn are the only ones the
 * visitor can choose; a widget disables older ones.
 */
public sealed interface BotMessage extends ConversationEvent
        permits BotReplied, AnswerGiven, HelpfulnessAsked, OptionsOffered, ClarificationAsked,
                HandoffRequested, FrustrationAcknowledged, AwayNoticeShown, SurveyRequested, InputRejected, QueueUpdated,
                CallbackOffered, CallbackRequested, CallbackSlotsOffered, CallbackSlotChosen,
                CallbackContactGiven, CallbackBooked {

    /** What the visitor reads, plain text. */
    String text();

    /** The buttons offered with the text, in order; often none. */
    default List<QuickReply> quickReplies() {
        return List.of();
    }
}
