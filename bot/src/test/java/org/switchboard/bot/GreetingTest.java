package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationStarted;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.TypingStarted;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class GreetingTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void greetsAtOnceInTheVisitorsLanguageIntroducingItselfByName(Language language) {
        Chat chat = Chat.inHours(ScriptedFaq.shop());

        List<ConversationEvent> events = chat.start(language, Fixtures.HO_CHI_MINH);

        assertEquals(List.of(ConversationStarted.class, BotReplied.class), Chat.shape(events));
        assertEquals(new ConversationStarted(chat.clock.instant(), language, Fixtures.HO_CHI_MINH), events.get(0));
        String greeting = ((BotReplied) events.get(1)).text();
        assertEquals(Fixtures.text(language, Phrase.GREETING, "name", "Sam"), greeting);
        assertTrue(greeting.contains("Sam"), greeting);
    }

    @Test
    void greetsInArabicInArabicWords() {
        Chat chat = Chat.inHours(ScriptedFaq.shop());

        String greeting = Chat.one(chat.start(Language.ARABIC), BotReplied.class).text();

        assertEquals("مرحبًا! أنا Sam، مساعد افتراضي. كيف يمكنني مساعدتك؟", greeting);
    }

    @Test
    void aSecondStartChangesNothing() {
        Chat chat = Chat.inHours(ScriptedFaq.shop());
        chat.start(Language.VIETNAMESE);

        assertEquals(List.of(), chat.start(Language.ENGLISH));
        assertEquals(Language.VIETNAMESE, chat.conversation.language());
    }

    @Test
    void aMessageBeforeAnyStartIsGreetedFirstInTheSiteLanguage() {
        Chat chat = Chat.inHours(ScriptedFaq.shop());

        List<ConversationEvent> events = chat.say("hello?");

        assertEquals(List.of(ConversationStarted.class, BotReplied.class, MessageReceived.class, TypingStarted.class),
                Chat.shape(events).subList(0, 4));
        ConversationStarted started = (ConversationStarted) events.get(0);
        assertEquals(Language.ENGLISH, started.language());
        assertEquals(Fixtures.ATHENS, started.visitorZone());
    }

    @Test
    void closingAConversationThatNeverStartedRecordsNothing() {
        Chat chat = Chat.inHours(ScriptedFaq.shop());

        assertEquals(List.of(), chat.send(new Inbound.VisitorClosed()));
        assertEquals(List.of(), chat.send(new Inbound.IdleTimedOut()));
    }
}
