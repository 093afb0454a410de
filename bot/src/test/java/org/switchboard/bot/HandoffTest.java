package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.AgentJoined;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.AwayNoticeShown;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class HandoffTest {
    private final ScriptedFaq faq = ScriptedFaq.shop()
            .answers("where is my parcel", Language.ENGLISH, "track-order")
            .answers("Can I talk to a human please?", Language.ENGLISH, "track-order");

    @Test
    void thePersonButtonAsksForAPersonAndSaysHonestlyWhatHappensNext() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.send(new Inbound.PersonRequested());

        HandoffRequested handoff = Chat.one(events, HandoffRequested.class);
        assertEquals(List.of(handoff), events);
        assertEquals(HandoffReason.VISITOR_ASKED, handoff.reason());
        assertFalse(handoff.outsideHours());
        assertEquals("Of course. I have asked a person from our team to help you. "
                + "They will reply here in this chat. You can keep writing while you wait.", handoff.text());
        assertEquals(ConversationStatus.QUEUED, chat.conversation.status());
    }

    @Test
    void outsideHoursItSaysTheTeamWillReplyWhenBack() {
        Chat chat = new Chat(faq, TestClock.athens(Fixtures.SATURDAY_AFTERNOON));
        chat.start(Language.VIETNAMESE);

        HandoffRequested handoff = Chat.one(chat.send(new Inbound.PersonRequested()), HandoffRequested.class);

        assertTrue(handoff.outsideHours());
        assertEquals(Fixtures.text(Language.VIETNAMESE, Phrase.HANDOFF_VISITOR_ASKED) + " "
                + Fixtures.text(Language.VIETNAMESE, Phrase.HANDOFF_NEXT_AWAY), handoff.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Can I talk to a human please?           | ENGLISH
            I want to SPEAK TO A PERSON             | ENGLISH
            cho tôi nói chuyện với nhân viên        | VIETNAMESE
            noi chuyen voi nhan vien                | VIETNAMESE
            Θέλω να μιλήσω με έναν άνθρωπο         | GREEK
            θελω να μιλησω με εκπροσωπο             | GREEK
            Pwede ko bang makausap ang isang agent? | TAGALOG
            makipag-usap sa tao po                  | TAGALOG
            أريد التحدث مع موظف من فضلك             | ARABIC
            اريد التحدث مع شخص حقيقي                | ARABIC
            """)
    void aTypedRequestForAPersonIsHonouredInEveryLanguage(String message, Language language) {
        Chat chat = Chat.inHours(faq);
        chat.start(language);

        List<ConversationEvent> events = chat.say(message);

        assertEquals(HandoffReason.VISITOR_ASKED, Chat.one(events, HandoffRequested.class).reason());
        assertEquals(List.of(), Chat.all(events, AnswerGiven.class), "asking for a person is not an FAQ question");
    }

    @Test
    void askingAgainWhileQueuedSaysAPersonIsAlreadyAsked() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());

        List<ConversationEvent> events = chat.send(new Inbound.PersonRequested());

        assertEquals(List.of(), Chat.all(events, HandoffRequested.class));
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.HANDOFF_ALREADY_ASKED), Chat.one(events, BotReplied.class).text());
        assertEquals(1, Chat.all(chat.log, HandoffRequested.class).size());
    }

    @Test
    void whileQueuedTheBotStillAnswersButLeavesWhatItCannotAnswerToThePerson() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());

        Chat.one(chat.say("where is my parcel"), AnswerGiven.class);
        for (String detail : List.of("something it cannot match", "my order number is 12345", "it was a blue one")) {
            List<ConversationEvent> unknown = chat.say(detail);
            assertEquals(List.of(), Chat.messages(unknown), "recorded for the person, no reply: " + detail);
            Chat.one(unknown, MessageReceived.class);
        }
        assertEquals(1, Chat.all(chat.log, HandoffRequested.class).size());
    }

    @Test
    void withAnAgentTheBotOnlyRecordsWhatTheVisitorWrites() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());
        chat.conversation = chat.conversation.with(new AgentJoined(chat.clock.instant(), "Maria", "support", "Maria from Support has joined the chat."));

        assertEquals(List.of(new MessageReceived(chat.clock.instant(), "where is my parcel", Language.ENGLISH)),
                chat.bot.handle(chat.conversation, new Inbound.VisitorMessage("where is my parcel")));
        assertEquals(List.of(), chat.bot.handle(chat.conversation, new Inbound.PersonRequested()));
        assertEquals(List.of(), chat.bot.handle(chat.conversation, new Inbound.IdleTimedOut()));
    }

    @Test
    void promisesNoWaitTimeInAnyLanguage() {
        for (Language l : Language.values()) {
            for (Phrase p : List.of(Phrase.HANDOFF_VISITOR_ASKED, Phrase.HANDOFF_NO_ANSWER, Phrase.HANDOFF_NOT_HELPFUL,
                    Phrase.HANDOFF_NEXT_OPEN, Phrase.HANDOFF_NEXT_AWAY, Phrase.HANDOFF_ALREADY_ASKED)) {
                String text = Fixtures.text(l, p);
                assertFalse(text.chars().anyMatch(Character::isDigit), l + " " + p.key() + ": " + text);
            }
        }
    }

    @Test
    void aHandoffOutsideHoursFollowsTheAwayNoticeOnce() {
        Chat chat = new Chat(faq, TestClock.athens(Fixtures.SATURDAY_AFTERNOON));
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.send(new Inbound.PersonRequested());

        assertEquals(List.of(), Chat.all(events, AwayNoticeShown.class), "already shown with the greeting");
        assertEquals(1, Chat.all(chat.log, AwayNoticeShown.class).size());
    }
}
