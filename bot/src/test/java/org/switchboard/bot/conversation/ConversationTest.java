package org.switchboard.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.event.AgentJoined;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationReopened;
import org.switchboard.bot.event.ConversationResolved;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.HelpfulnessAsked;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.ResolutionReason;
import org.switchboard.faq.Language;

class ConversationTest {
    private static final Instant T = Instant.parse("2025-01-15T08:00:00Z");
    private static final ConversationStarted START = new ConversationStarted(T, Language.GREEK, ZoneId.of("Europe/Athens"));
    private static final List<QuickReply> YES_NO = List.of(new QuickReply("yes", "Ναι"), new QuickReply("no", "Όχι"));

    @Test
    void anEmptyConversationHasNotStartedAndHasNoLanguage() {
        Conversation c = Conversation.empty();

        assertFalse(c.started());
        assertEquals(ConversationStatus.BOT, c.status());
        assertThrows(IllegalStateException.class, c::language);
        assertEquals(c, Conversation.replay(List.of()));
    }

    @Test
    void statusFollowsHandoffAgentResolutionAndReturn() {
        Conversation c = Conversation.replay(List.of(START));
        assertEquals(ConversationStatus.BOT, c.status());

        c = c.with(new HandoffRequested(T, HandoffReason.VISITOR_ASKED, false, "Βεβαίως."));
        assertEquals(ConversationStatus.QUEUED, c.status());
        c = c.with(new AgentJoined(T, "Maria", "support", "Maria from Support has joined the chat."));
        assertEquals(ConversationStatus.WITH_AGENT, c.status());
        c = c.with(new ConversationResolved(T, ResolutionReason.VISITOR_CLOSED));
        assertEquals(ConversationStatus.RESOLVED, c.status());
        c = c.with(new ConversationReopened(T));
        assertEquals(ConversationStatus.BOT, c.status());
    }

    @Test
    void aLogWithATransitionThatIsNotAllowedIsRefusedNamingTheEvent() {
        List<ConversationEvent> log = List.of(START, new ConversationResolved(T, ResolutionReason.IDLE_TIMEOUT),
                new HandoffRequested(T, HandoffReason.NO_ANSWER, false, "x"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Conversation.replay(log));

        assertEquals("event 2 (HandoffRequested): a conversation cannot move from RESOLVED to QUEUED", e.getMessage());
    }

    @Test
    void aLogMustBeginWithTheStartAndHoldOnlyOne() {
        assertEquals("event 0 (MessageReceived): a conversation must start with ConversationStarted",
                assertThrows(IllegalArgumentException.class,
                        () -> Conversation.replay(List.of(new MessageReceived(T, "hi", Language.GREEK)))).getMessage());
        assertEquals("event 1 (ConversationStarted): the conversation has already started",
                assertThrows(IllegalArgumentException.class, () -> Conversation.replay(List.of(START, START))).getMessage());
    }

    @Test
    void quickRepliesStayOpenUntilTheVisitorActs() {
        Conversation c = Conversation.replay(List.of(START, new HelpfulnessAsked(T, "track-order", "Σας βοήθησε αυτό;", YES_NO)));
        assertEquals(YES_NO, c.offered());
        assertEquals("track-order", c.helpfulnessAsked().orElseThrow());
        assertEquals(YES_NO.get(1), c.offered("no").orElseThrow());

        c = c.with(new MessageReceived(T, "κάτι άλλο", Language.GREEK));

        assertEquals(List.of(), c.offered());
        assertTrue(c.helpfulnessAsked().isEmpty());
        assertTrue(c.engaged());
    }

    @Test
    void noInARowIsCountedAndAYesResetsIt() {
        Conversation c = Conversation.replay(List.of(START,
                new HelpfulnessAnswered(T, "a", false), new HelpfulnessAnswered(T, "b", false)));
        assertEquals(2, c.notHelpfulInARow());

        assertEquals(0, c.with(new HelpfulnessAnswered(T, "c", true)).notHelpfulInARow());
    }

    @Test
    void aClarificationIsPendingUntilAHandoff() {
        Conversation c = Conversation.replay(List.of(START, new ClarificationAsked(T, "Πείτε μου περισσότερα;", List.of())));
        assertTrue(c.clarificationPending());

        assertFalse(c.with(new HandoffRequested(T, HandoffReason.NO_ANSWER, true, "x")).clarificationPending());
    }

    @Test
    void theLanguageFollowsTheVisitorsLatestMessage() {
        Conversation c = Conversation.replay(List.of(START, new MessageReceived(T, "xin chào bạn ơi", Language.VIETNAMESE)));

        assertEquals(Language.VIETNAMESE, c.language());
    }
}
