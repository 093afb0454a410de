package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.faq.Language;

/**
 * One conversation driven through a bot, as the server would: each call's events are appended
 * and the conversation moves on with them. Checks on every call that the events carry the
 * clock's instant and that replaying the whole log gives the same conversation.
 */
final class Chat {
    final Bot bot;
    final TestClock clock;
    final List<ConversationEvent> log = new ArrayList<>();
    Conversation conversation = Conversation.empty();

    Chat(FaqSearch faq, TestClock clock) {
        this(Fixtures.CONFIG, faq, clock);
    }

    Chat(BotConfig config, FaqSearch faq, TestClock clock) {
        this(config, faq, clock, CallbackSlots.none());
    }

    Chat(BotConfig config, FaqSearch faq, TestClock clock, CallbackSlots slots) {
        this.bot = Bot.create(config, faq, Fixtures.PHRASES, clock, slots);
        this.clock = clock;
    }

    /** A chat at a time the team is at work. */
    static Chat inHours(FaqSearch faq) {
        return new Chat(faq, TestClock.athens(Fixtures.IN_HOURS));
    }

    List<ConversationEvent> send(Inbound inbound) {
        List<ConversationEvent> events = bot.handle(conversation, inbound);
        events.forEach(e -> assertEquals(clock.instant(), e.at(), "every event carries the turn's instant"));
        conversation = conversation.with(events);
        log.addAll(events);
        assertEquals(Conversation.replay(log), conversation, "replaying the log gives the same conversation");
        return events;
    }

    List<ConversationEvent> start(Language language, ZoneId zone) {
        return send(new Inbound.VisitorStarted(language, zone));
    }

    List<ConversationEvent> start(Language language) {
        return start(language, Fixtures.ATHENS);
    }

    List<ConversationEvent> say(String text) {
        return send(new Inbound.VisitorMessage(text));
    }

    List<ConversationEvent> choose(String replyId) {
        return send(new Inbound.QuickReplyChosen(replyId));
    }

    /** The events of one type, in order. */
    static <T> List<T> all(List<ConversationEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The only event of a type. */
    static <T> T one(List<ConversationEvent> events, Class<T> type) {
        List<T> found = all(events, type);
        assertEquals(1, found.size(), () -> "one " + type.getSimpleName() + " expected in " + events);
        return found.get(0);
    }

    /** What the visitor reads, in order. */
    static List<BotMessage> messages(List<ConversationEvent> events) {
        return all(events, BotMessage.class);
    }

    /** The event classes, in order: the shape of a turn. */
    static List<Class<?>> shape(List<ConversationEvent> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }
}
