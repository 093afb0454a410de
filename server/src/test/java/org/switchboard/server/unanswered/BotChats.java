package org.switchboard.server.unanswered;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.switchboard.bot.Bot;
import org.switchboard.bot.BotConfig;
import org.switchboard.bot.FaqSearch;
import org.switchboard.bot.Inbound;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.TypingStarted;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;
import org.switchboard.server.chat.EventCodec;
import org.switchboard.server.jdbc.ConversationRepository;
import org.switchboard.server.jdbc.StoredEvent;
import org.switchboard.server.staff.TestClock;

/**
 * Conversations with the real bot over the demo FAQ (config/faq/demo.yaml, indexed in a
 * temporary directory), stored turn by turn as {@code ChatService} stores them (everything but
 * {@code TypingStarted}). Shared by the unanswered questions' tests.
 */
public final class BotChats implements AutoCloseable {
    public static final Path CONFIG = Path.of("..", "config");
    private static final EventCodec CODEC = new EventCodec();

    public final FaqIndex index;
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final Bot bot;

    private BotChats(FaqIndex index) throws Exception {
        this.index = index;
        BusinessHours hours = BusinessHours.load(CONFIG.resolve("hours.yaml"));
        this.bot = Bot.create(new BotConfig("Sam", Language.ENGLISH, hours), FaqSearch.of(index),
                Phrasebook.load(CONFIG.resolve("phrasing")), clock);
    }

    /** Indexes the demo FAQ in {@code dir}. */
    public static BotChats open(Path dir) throws Exception {
        FaqIndex index = FaqIndex.open(dir, FaqIndexConfig.defaults());
        index.replaceAll(FaqImporter.create(Language.ENGLISH).read(CONFIG.resolve("faq").resolve("demo.yaml")));
        return new BotChats(index);
    }

    /** A new conversation in {@code store}, started at {@code at} in {@code language}. */
    public Chat start(ConversationRepository store, Instant at, Language language) {
        Chat chat = new Chat(store, store.create(language.code(), ZoneId.of("UTC")).conversation().id(), at);
        chat.send(new Inbound.VisitorStarted(language, ZoneId.of("UTC")));
        return chat;
    }

    /** A new conversation kept in memory (numbered as the store numbers it), started at {@code at} in English. */
    public Chat inMemory(long id, Instant at) {
        Chat chat = new Chat(null, id, at);
        chat.send(new Inbound.VisitorStarted(Language.ENGLISH, ZoneId.of("UTC")));
        return chat;
    }

    @Override
    public void close() {
        index.close();
    }

    /** One stored conversation; each turn ten seconds after the one before. */
    public final class Chat {
        public final long id;
        private final ConversationRepository store;
        private Conversation conversation = Conversation.empty();
        private Instant at;
        private List<ConversationEvent> last = List.of();
        private final List<StoredEvent> memory = new java.util.ArrayList<>();

        private Chat(ConversationRepository store, long id, Instant at) {
            this.store = store;
            this.id = id;
            this.at = at;
        }

        public Chat say(String text) {
            return send(new Inbound.VisitorMessage(text));
        }

        public Chat choose(String replyId) {
            return send(new Inbound.QuickReplyChosen(replyId));
        }

        /** The widget's "Talk to a person" action, always on offer. */
        public Chat askForPerson() {
            return send(new Inbound.PersonRequested());
        }

        public Chat close() {
            return send(new Inbound.VisitorClosed());
        }

        /** What the bot returned for the latest turn. */
        public List<ConversationEvent> last() {
            return last;
        }

        /** Whether the latest turn holds an event of this type. */
        public boolean got(Class<? extends ConversationEvent> type) {
            return last.stream().anyMatch(type::isInstance);
        }

        Chat send(Inbound inbound) {
            clock.set(at);
            at = at.plus(Duration.ofSeconds(10));
            List<ConversationEvent> events = bot.handle(conversation, inbound);
            List<org.switchboard.server.jdbc.NewEvent> rows = events.stream().filter(e -> !(e instanceof TypingStarted))
                    .map(CODEC::encode).toList();
            if (store != null) {
                store.append(id, rows);
            } else {
                for (org.switchboard.server.jdbc.NewEvent row : rows) {
                    memory.add(new StoredEvent(id, memory.size() + 1, row.type(), row.author(), row.payload(), clock.instant(), null));
                }
            }
            conversation = conversation.with(events);
            last = events;
            return this;
        }

        /** The stored log. */
        public List<StoredEvent> log() {
            return store == null ? List.copyOf(memory) : store.eventsAfter(id, 0, 1000);
        }

        /** The reference of the visitor's first message with this text. */
        public String ref(String text) {
            for (StoredEvent e : log()) {
                if (CODEC.decode(e) instanceof MessageReceived m && m.text().equals(text)) {
                    return "chat:" + id + ":" + e.sequence();
                }
            }
            throw new AssertionError("no message '" + text + "' in conversation " + id);
        }
    }
}
