package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.faq.Language;

/** The server keeps only the events: replaying them must give back the conversation the bot left. */
class ConversationReplayTest {
    private final ScriptedFaq faq = ScriptedFaq.shop()
            .answers("where is my parcel", Language.ENGLISH, "track-order")
            .answers("أين طلبي", Language.ARABIC, "track-order")
            .options("delivery", Language.ENGLISH, "track-order", "delivery-costs");

    @Test
    void replayingAWholeConversationGivesTheSameStateAtEveryStep() {
        Chat chat = new Chat(faq, TestClock.athens(Fixtures.SATURDAY_AFTERNOON)); // Chat checks replay after every call
        chat.start(Language.ENGLISH, Fixtures.HO_CHI_MINH);
        chat.say("where is my parcel");
        chat.choose("no");
        chat.say("delivery");
        chat.choose("faq:delivery-costs");
        chat.say("أين طلبي");
        chat.say("WHY IS THIS SO HARD");
        chat.send(new Inbound.PersonRequested());
        chat.send(new Inbound.VisitorClosed());
        chat.choose("rating:6");
        chat.send(new Inbound.SurveyCommented("Slow"));

        Conversation replayed = Conversation.replay(chat.log);

        assertEquals(chat.conversation, replayed);
        assertEquals(ConversationStatus.RESOLVED, replayed.status());
        assertEquals(Language.ARABIC, replayed.language());
        assertEquals(Fixtures.HO_CHI_MINH, replayed.visitorZone());
        assertTrue(replayed.awayNoticeShown() && replayed.surveyRated() && replayed.surveyCommented());
        assertFalse(replayed.clarificationPending());
    }

    @Test
    void replayingInPiecesEqualsReplayingAtOnce() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");
        chat.say("delivery");
        List<ConversationEvent> log = chat.log;

        for (int cut = 0; cut <= log.size(); cut++) {
            Conversation inPieces = Conversation.replay(log.subList(0, cut)).with(log.subList(cut, log.size()));
            assertEquals(Conversation.replay(log), inPieces, "cut at " + cut);
        }
        assertEquals(3, chat.conversation.offered().size(), "the options and None of these are open");
    }
}
