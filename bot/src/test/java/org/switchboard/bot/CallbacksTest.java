package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.CallbackOffered;
import org.switchboard.bot.event.CallbackReason;
import org.switchboard.bot.event.CallbackRequested;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class CallbacksTest {
    private final ScriptedFaq faq = ScriptedFaq.shop();

    @Test
    void whenNobodyIsFreeTheWaitingVisitorIsOfferedACallBackOnce() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());
        CallbackOffered offer = Chat.one(chat.send(new Inbound.CallbackAdvised(CallbackReason.NO_AGENT)), CallbackOffered.class);
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.CALLBACK_OFFER_NO_AGENT), offer.text());
        assertEquals(List.of("callback", "wait"), offer.quickReplies().stream().map(QuickReply::id).toList());
        assertEquals(List.of(), chat.send(new Inbound.CallbackAdvised(CallbackReason.LONG_WAIT)), "once per wait");
    }

    @Test
    void choosingTheCallBackIsRecordedAndTheVisitorKeepsTheirPlace() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.GREEK);
        chat.send(new Inbound.PersonRequested());
        chat.send(new Inbound.CallbackAdvised(CallbackReason.LONG_WAIT));
        CallbackRequested requested = Chat.one(chat.choose("callback"), CallbackRequested.class);
        assertEquals(Fixtures.text(Language.GREEK, Phrase.CALLBACK_REQUESTED), requested.text());
        assertEquals(ConversationStatus.QUEUED, chat.conversation.status());
    }

    @Test
    void choosingToWaitIsAcknowledged() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());
        chat.send(new Inbound.CallbackAdvised(CallbackReason.NO_AGENT));
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.CALLBACK_WAITING), Chat.one(chat.choose("wait"), BotReplied.class).text());
    }

    @Test
    void outsideHoursTheQueueUpdateComesWithTheOffer() {
        Chat chat = new Chat(faq, TestClock.athens(Fixtures.SATURDAY_AFTERNOON));
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());
        CallbackOffered offer = Chat.one(chat.send(new Inbound.QueueChanged(1, Optional.of(Duration.ofMinutes(2)))),
                CallbackOffered.class);
        assertEquals(CallbackReason.TEAM_AWAY, offer.reason());
    }

    @Test
    void noOfferUnlessWaiting() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        assertEquals(List.of(), chat.send(new Inbound.CallbackAdvised(CallbackReason.NO_AGENT)));
    }
}
