package org.switchboard.bot.event;

import java.time.Instant;

/**
 * One immutable fact appended to a conversation's log. The log is the conversation: replaying it
 * ({@code Conversation.replay}) gives the state the bot decides from.
 *
 * <p>Events carry the time they happened but no sequence number: the server assigns that when it
 * stores them, in the order the bot returned them. Three kinds, as the widget shows them:
 * <ul>
 *   <li>incoming: {@link MessageReceived}, {@link QuickReplySelected}, {@link SurveyAnswered},
 *       {@link SurveyCommentReceived} (what the visitor did);</li>
 *   <li>outgoing: every {@link BotMessage} (what the bot said);</li>
 *   <li>activity: the rest (status changes and signals such as {@link TypingStarted}).</li>
 * </ul>
 */
public sealed interface ConversationEvent
        permits BotMessage, ConversationStarted, MessageReceived, QuickReplySelected, TypingStarted,
                HelpfulnessAnswered, SurveyAnswered, SurveyCommentReceived, ConversationResolved,
                ConversationReopened, PersonMessage, CallbackBookingRequested {

    /** When it happened (all events of one bot turn share the turn's instant). */
    Instant at();
}
