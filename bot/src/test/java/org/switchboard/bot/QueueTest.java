package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.event.QueueUpdated;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class QueueTest {
    private final ScriptedFaq faq = ScriptedFaq.shop();

    private static Inbound.QueueChanged at(int position, Duration wait) {
        return new Inbound.QueueChanged(position, Optional.ofNullable(wait));
    }

    private static String say(Language l, Phrase p, String key, int value) {
        return Fixtures.PHRASES.text(l, p, Map.of(key, Integer.toString(value)));
    }

    @Test
    void aQueuedVisitorHearsTheirPlaceAndTheWaitRoundedUpToMinutes() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());
        QueueUpdated update = Chat.one(chat.send(at(3, Duration.ofSeconds(190))), QueueUpdated.class);
        assertEquals(3, update.position());
        assertEquals(4, update.waitMinutes());
        assertEquals(say(Language.ENGLISH, Phrase.QUEUE_POSITION, "position", 3) + " "
                + say(Language.ENGLISH, Phrase.QUEUE_WAIT, "minutes", 4), update.text());
        assertEquals("You are number 3 in line for a person from our team. The wait is about 4 min.", update.text());
    }

    @Test
    void nextInLineWithoutDataNamesNoTimeInTheVisitorsLanguage() {
        Chat chat = Chat.inHours(faq);
        chat.start(Language.VIETNAMESE);
        chat.send(new Inbound.PersonRequested());
        QueueUpdated update = Chat.one(chat.send(at(1, null)), QueueUpdated.class);
        assertNull(update.waitMinutes());
        assertEquals(Fixtures.text(Language.VIETNAMESE, Phrase.QUEUE_NEXT) + " "
                + Fixtures.text(Language.VIETNAMESE, Phrase.QUEUE_WAIT_UNKNOWN), update.text());
    }

    @Test
    void outsideHoursOnlyThePlaceIsSaid() {
        Chat chat = new Chat(faq, TestClock.athens(Fixtures.SATURDAY_AFTERNOON));
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());
        QueueUpdated update = Chat.one(chat.send(at(2, Duration.ofMinutes(3))), QueueUpdated.class);
        assertNull(update.waitMinutes());
        assertEquals(say(Language.ENGLISH, Phrase.QUEUE_POSITION, "position", 2), update.text());
    }

    @Test
    void nothingIsSaidUnlessTheConversationIsQueued() {
        Chat chat = Chat.inHours(faq);
        assertEquals(List.of(), chat.send(at(1, null)), "not started");
        chat.start(Language.ENGLISH);
        assertEquals(List.of(), chat.send(at(1, null)), "with the bot");
        chat.send(new Inbound.PersonRequested());
        chat.send(new Inbound.VisitorClosed());
        assertEquals(List.of(), chat.send(at(1, null)), "closed");
    }
}
