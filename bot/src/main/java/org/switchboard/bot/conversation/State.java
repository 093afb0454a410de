package org.switchboard.bot.conversation;

import java.time.ZoneId;
import java.util.List;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.faq.Language;

/** The fields of a {@link Conversation}; {@code language}, {@code visitorZone}, {@code helpfulnessFaqId} and {@code team} may be null. */
record State(boolean started, Language language, ZoneId visitorZone, ConversationStatus status,
             List<QuickReply> offered, String helpfulnessFaqId, boolean clarificationPending,
             int notHelpfulInARow, boolean engaged, boolean awayNoticeShown,
             boolean surveyRequested, boolean surveyRated, boolean surveyCommented, boolean callbackOffered,
             String team, CallbackDraft callback) {

    static final State EMPTY = new State(false, null, null, ConversationStatus.BOT, List.of(), null, false,
            0, false, false, false, false, false, false, null, CallbackDraft.NONE);
}
