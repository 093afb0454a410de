package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.faq.Language;

class BotTest {
    private final ScriptedFaq faq = ScriptedFaq.shop()
            .answers("where is my parcel", Language.ENGLISH, "track-order")
            .answers("أين طلبي", Language.ARABIC, "track-order");

    /** A whole conversation through one bot; returns its log. */
    private static List<ConversationEvent> converse(Bot bot, int n) {
        List<Inbound> script = List.of(
                new Inbound.VisitorStarted(n % 2 == 0 ? Language.ENGLISH : Language.ARABIC, Fixtures.HO_CHI_MINH),
                new Inbound.VisitorMessage(n % 2 == 0 ? "where is my parcel" : "أين طلبي"),
                new Inbound.QuickReplyChosen(n % 3 == 0 ? "yes" : "no"),
                new Inbound.PersonRequested(),
                new Inbound.VisitorClosed(),
                new Inbound.SurveyRated(1 + n % 10));
        Conversation c = Conversation.empty();
        List<ConversationEvent> log = new ArrayList<>();
        for (Inbound in : script) {
            List<ConversationEvent> events = bot.handle(c, in);
            c = c.with(events);
            log.addAll(events);
        }
        return log;
    }

    @Test
    void oneBotServesManyConversationsAtOnceExactlyAsOneAtATime() throws Exception {
        Bot bot = Bot.create(Fixtures.CONFIG, faq, Fixtures.PHRASES, TestClock.athens(Fixtures.SATURDAY_AFTERNOON));
        List<List<ConversationEvent>> alone = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            alone.add(converse(bot, n));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ConversationEvent>>> together = new ArrayList<>();
            for (int n = 0; n < 200; n++) {
                int i = n;
                together.add(pool.submit(() -> converse(bot, i)));
            }
            for (int n = 0; n < 200; n++) {
                assertEquals(alone.get(n), together.get(n).get(), "conversation " + n);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesMissingParts() {
        assertThrows(NullPointerException.class, () -> Bot.create(Fixtures.CONFIG, null, Fixtures.PHRASES, TestClock.athens(Fixtures.IN_HOURS)));
        Bot bot = Bot.create(Fixtures.CONFIG, faq, Fixtures.PHRASES, TestClock.athens(Fixtures.IN_HOURS));
        assertThrows(NullPointerException.class, () -> bot.handle(Conversation.empty(), null));
        assertThrows(IllegalArgumentException.class, () -> new BotConfig(" ", Language.ENGLISH, Fixtures.HOURS));
    }
}
