package org.switchboard.bot.conversation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.bot.event.AgentJoined;
import org.switchboard.bot.event.AgentLeft;
import org.switchboard.bot.event.CallbackBooked;
import org.switchboard.bot.event.CallbackBookingRequested;
import org.switchboard.bot.event.CallbackContactGiven;
import org.switchboard.bot.event.CallbackOffered;
import org.switchboard.bot.event.CallbackSlotChosen;
import org.switchboard.bot.event.CallbackSlotsOffered;
import org.switchboard.bot.event.ConversationTransferred;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.AwayNoticeShown;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationReopened;
import org.switchboard.bot.event.ConversationResolved;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.HelpfulnessAsked;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.QuickReplySelected;
import org.switchboard.bot.event.SurveyAnswered;
import org.switchboard.bot.event.SurveyCommentReceived;
import org.switchboard.bot.event.SurveyRequested;
import org.switchboard.faq.Language;

/** Applies events to a state, one at a time. Not thread-safe: one per fold. */
final class Fold {
    private boolean started;
    private Language language;
    private ZoneId visitorZone;
    private ConversationStatus status;
    private List<QuickReply> offered;
    private String helpfulnessFaqId;
    private boolean clarificationPending;
    private int notHelpfulInARow;
    private boolean engaged;
    private boolean awayNoticeShown;
    private boolean surveyRequested;
    private boolean surveyRated;
    private boolean surveyCommented;
    private boolean callbackOffered;
    private String team;
    private CallbackDraft callback;

    Fold(State s) {
        started = s.started();
        language = s.language();
        visitorZone = s.visitorZone();
        status = s.status();
        offered = new ArrayList<>(s.offered());
        helpfulnessFaqId = s.helpfulnessFaqId();
        clarificationPending = s.clarificationPending();
        notHelpfulInARow = s.notHelpfulInARow();
        engaged = s.engaged();
        awayNoticeShown = s.awayNoticeShown();
        surveyRequested = s.surveyRequested();
        surveyRated = s.surveyRated();
        surveyCommented = s.surveyCommented();
        callbackOffered = s.callbackOffered();
        team = s.team();
        callback = s.callback();
    }

    State state() {
        return new State(started, language, visitorZone, status, List.copyOf(offered), helpfulnessFaqId,
                clarificationPending, notHelpfulInARow, engaged, awayNoticeShown, surveyRequested, surveyRated,
                surveyCommented, callbackOffered, team, callback);
    }

    void apply(ConversationEvent e) {
        if (started == (e instanceof ConversationStarted)) {
            throw new IllegalStateException(started ? "the conversation has already started"
                    : "a conversation must start with ConversationStarted");
        }
        if (e instanceof BotMessage m) {
            offered.addAll(m.quickReplies());
            said(m);
        } else if (e instanceof ConversationStarted s) {
            started = true;
            language = s.language();
            visitorZone = s.visitorZone();
        } else if (e instanceof MessageReceived m) {
            language = m.language();
            visitorActed();
        } else if (e instanceof QuickReplySelected) {
            visitorActed();
        } else if (e instanceof HelpfulnessAnswered h) {
            helpfulnessFaqId = null;
            notHelpfulInARow = h.helpful() ? 0 : notHelpfulInARow + 1;
        } else if (e instanceof SurveyAnswered) {
            surveyRated = true;
            offered.clear();
        } else if (e instanceof SurveyCommentReceived) {
            surveyCommented = true;
        } else if (e instanceof CallbackBookingRequested) {
            callback = new CallbackDraft(CallbackDraft.Step.BOOKING, List.of(), callback.start(), callback.end(),
                    callback.kind(), callback.contact());
        } else {
            changedHands(e);
        }
    }

    private void visitorActed() {
        engaged = true;
        offered.clear();
        helpfulnessFaqId = null;
    }

    private void said(BotMessage m) {
        if (m instanceof HelpfulnessAsked h) {
            helpfulnessFaqId = h.faqId();
        } else if (m instanceof ClarificationAsked) {
            clarificationPending = true;
        } else if (m instanceof AnswerGiven) {
            clarificationPending = false;
        } else if (m instanceof CallbackOffered) {
            callbackOffered = true;
        } else if (m instanceof CallbackSlotsOffered o) {
            callback = new CallbackDraft(CallbackDraft.Step.SLOTS, o.slots(), null, null, null, null);
        } else if (m instanceof CallbackSlotChosen c) {
            callback = new CallbackDraft(CallbackDraft.Step.CONTACT, List.of(), c.start(), c.end(), null, null);
        } else if (m instanceof CallbackContactGiven c) {
            callback = new CallbackDraft(CallbackDraft.Step.NOTE, List.of(), callback.start(), callback.end(), c.kind(),
                    c.contact());
        } else if (m instanceof CallbackBooked) {
            callback = CallbackDraft.NONE;
            if (status == ConversationStatus.QUEUED) {
                status = status.moveTo(ConversationStatus.BOT);
            }
        } else if (m instanceof HandoffRequested h) {
            team = h.team();
            status = status.moveTo(ConversationStatus.QUEUED);
            callbackOffered = false;
            clarificationPending = false;
            engaged = true;
        } else if (m instanceof AwayNoticeShown) {
            awayNoticeShown = true;
        } else if (m instanceof SurveyRequested) {
            surveyRequested = true;
        }
    }

    /** Status changes that are not the bot's doing: the end, a return, an agent. */
    private void changedHands(ConversationEvent e) {
        if (e instanceof ConversationResolved) {
            status = status.moveTo(ConversationStatus.RESOLVED);
            callback = CallbackDraft.NONE;
            offered.clear();
            helpfulnessFaqId = null;
            clarificationPending = false;
        } else if (e instanceof ConversationReopened) {
            status = status.moveTo(ConversationStatus.BOT);
            notHelpfulInARow = 0;
        } else if (e instanceof AgentJoined) {
            status = status.moveTo(ConversationStatus.WITH_AGENT);
            callback = CallbackDraft.NONE;
            offered.clear();
            helpfulnessFaqId = null;
            clarificationPending = false;
            engaged = true;
        } else if (e instanceof AgentLeft) {
            status = status.moveTo(ConversationStatus.BOT);
            notHelpfulInARow = 0;
        } else if (e instanceof ConversationTransferred t) {
            team = t.team();
            status = status.moveTo(ConversationStatus.QUEUED);
            callbackOffered = false;
        }
    }
}
