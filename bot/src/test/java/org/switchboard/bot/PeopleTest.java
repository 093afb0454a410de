package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.AgentJoined;
import org.switchboard.bot.event.AgentLeft;
import org.switchboard.bot.event.AgentMessageSent;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationResolved;
import org.switchboard.bot.event.ConversationTransferred;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.ResolutionReason;
import org.switchboard.bot.event.SurveyRequested;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.faq.Language;

/** People from the team in a conversation: join, write, pass on, hand back, close; the bot keeps quiet meanwhile. */
class PeopleTest {
    private static final HandoffRules RULES = HandoffRules.load(Path.of("..", "config", "handoff.yaml"));
    private final ScriptedFaq faq = ScriptedFaq.shop().answers("where is my parcel", Language.ENGLISH, "track-order");
    private final Chat chat = new Chat(new BotConfig("Sam", Language.ENGLISH, Fixtures.HOURS, RULES), faq,
            TestClock.athens(Fixtures.IN_HOURS));

    private void queued(Language language) {
        chat.start(language);
        chat.send(new Inbound.PersonRequested());
        assertEquals(ConversationStatus.QUEUED, chat.conversation.status());
    }

    @Test
    void anAgentJoinsByNameAndTeamInTheVisitorsLanguage() {
        queued(Language.ENGLISH);
        AgentJoined joined = Chat.one(chat.send(new Inbound.AgentTookOver("Ana", "billing")), AgentJoined.class);
        assertEquals("Ana from Billing has joined the chat.", joined.text());
        assertEquals(ConversationStatus.WITH_AGENT, chat.conversation.status());

        Chat vi = new Chat(new BotConfig("Sam", Language.ENGLISH, Fixtures.HOURS, RULES), faq, TestClock.athens(Fixtures.IN_HOURS));
        vi.start(Language.VIETNAMESE);
        vi.send(new Inbound.PersonRequested());
        assertEquals("Ana từ bộ phận Hỗ trợ đã tham gia cuộc trò chuyện.",
                Chat.one(vi.send(new Inbound.AgentTookOver("Ana", "support")), AgentJoined.class).text());
    }

    @Test
    void onceAPersonHasJoinedTheBotNeverRepliesUntilHandedBack() {
        queued(Language.ENGLISH);
        chat.send(new Inbound.AgentTookOver("Ana", "support"));
        for (String text : List.of("where is my parcel", "THIS IS USELESS!!!", "talk to a human", "thanks", "no")) {
            List<ConversationEvent> events = chat.say(text);
            assertEquals(List.of(MessageReceived.class), Chat.shape(events), text);
        }
        assertEquals(List.of(), chat.send(new Inbound.PersonRequested()));
        assertEquals(List.of(), chat.send(new Inbound.IdleTimedOut()));
        assertEquals(List.of(), Chat.messages(chat.log.subList(chat.log.size() - 1, chat.log.size())));

        AgentMessageSent sent = Chat.one(chat.send(new Inbound.AgentWrote("Ana", "Your parcel left today.")), AgentMessageSent.class);
        assertEquals("Your parcel left today.", sent.text());

        AgentLeft left = Chat.one(chat.send(new Inbound.AgentHandedBack("Ana")), AgentLeft.class);
        assertTrue(left.text().startsWith("Ana has left the chat."), left.text());
        assertEquals(ConversationStatus.BOT, chat.conversation.status());
        assertInstanceOf(AnswerGiven.class, Chat.messages(chat.say("where is my parcel")).get(0), "the bot answers again");
    }

    @Test
    void aTransferQueuesTheChatForTheOtherTeamAndKeepsTheNoteFromTheVisitor() {
        queued(Language.ENGLISH);
        chat.send(new Inbound.AgentTookOver("Ana", "support"));
        ConversationTransferred t = Chat.one(chat.send(new Inbound.AgentTransferred("Ana", "supervisor", "wants a refund over 500")),
                ConversationTransferred.class);
        assertEquals("supervisor", t.team());
        assertEquals("wants a refund over 500", t.note());
        assertEquals("Ana has passed your chat to the Supervisors. They will reply here.", t.text());
        assertFalse(t.text().contains("refund"));
        assertEquals(ConversationStatus.QUEUED, chat.conversation.status());
        assertEquals("Bo from the Supervisors has joined the chat.",
                Chat.one(chat.send(new Inbound.AgentTookOver("Bo", "supervisor")), AgentJoined.class).text());
    }

    @Test
    void closingTellsTheVisitorAndAsksTheSurvey() {
        queued(Language.ENGLISH);
        chat.send(new Inbound.AgentTookOver("Ana", "support"));
        List<ConversationEvent> events = chat.send(new Inbound.AgentClosed("Ana", "solved"));
        assertEquals(List.of(AgentLeft.class, ConversationResolved.class), Chat.shape(events).subList(0, 2));
        ConversationResolved resolved = Chat.one(events, ConversationResolved.class);
        assertEquals(ResolutionReason.AGENT_CLOSED, resolved.reason());
        assertEquals("solved", resolved.resolution());
        Chat.one(events, SurveyRequested.class);
        assertEquals(ConversationStatus.RESOLVED, chat.conversation.status());
    }

    @Test
    void actionsThatDoNotFitTheStatusRecordNothing() {
        chat.start(Language.ENGLISH);
        assertEquals(List.of(), chat.send(new Inbound.AgentWrote("Ana", "hello")), "nobody has joined");
        assertEquals(List.of(), chat.send(new Inbound.AgentClosed("Ana", "solved")));
        assertEquals(List.of(), chat.send(new Inbound.AgentTransferred("Ana", "billing", null)));
        chat.send(new Inbound.VisitorClosed());
        assertEquals(List.of(), chat.send(new Inbound.AgentTookOver("Ana", "support")), "closed");
        Chat fresh = Chat.inHours(faq);
        assertEquals(List.of(), fresh.send(new Inbound.AgentTookOver("Ana", "support")), "not started");
        List<BotMessage> none = Chat.messages(List.of());
        assertTrue(none.isEmpty());
    }
}
