package org.switchboard.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.Bot;
import org.switchboard.bot.BotConfig;
import org.switchboard.bot.FaqSearch;
import org.switchboard.bot.Inbound;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.hours.BusinessHours;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;
import org.switchboard.server.jdbc.Author;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.jdbc.StoredEvent;

/**
 * A real conversation with the bot over the demo FAQ, stored turn by turn in the H2 store and
 * read back: every event decodes to what the bot returned, and replaying the stored log gives the
 * same conversation, the way a reconnecting widget's server would rebuild it.
 */
class EventCodecIT {
    private static final Path CONFIG = Path.of("..", "config");
    private final EventCodec codec = new EventCodec();

    @TempDir
    Path data;

    @Test
    void aStoredConversationReadsBackAsTheSameEventsAndState() throws Exception {
        try (FaqIndex index = FaqIndex.open(data, FaqIndexConfig.defaults());
             Database db = Database.open(DatabaseConfig.embedded(), data)) {
            index.replaceAll(FaqImporter.create(Language.ENGLISH).read(CONFIG.resolve("faq/demo.yaml")));
            BusinessHours hours = BusinessHours.load(CONFIG.resolve("hours.yaml"));
            Bot bot = Bot.create(new BotConfig("Sam", Language.ENGLISH, hours), FaqSearch.of(index),
                    Phrasebook.load(CONFIG.resolve("phrasing")), Clock.fixed(Instant.parse("2026-11-21T17:30:00Z"), ZoneId.of("UTC")));
            long id = db.conversations().create("vi", ZoneId.of("Asia/Ho_Chi_Minh")).conversation().id();

            Conversation c = Conversation.empty();
            List<ConversationEvent> said = new ArrayList<>();
            for (Inbound in : script()) {
                Inbound next = in instanceof Inbound.QuickReplyChosen && !c.offered().isEmpty()
                        ? new Inbound.QuickReplyChosen(c.offered().get(0).id()) : in;
                List<ConversationEvent> events = bot.handle(c, next);
                db.conversations().append(id, events.stream().map(codec::encode).toList());
                c = c.with(events);
                said.addAll(events);
            }

            List<StoredEvent> stored = db.conversations().eventsAfter(id, 0, 1000);
            List<ConversationEvent> decoded = stored.stream().map(codec::decode).toList();
            assertEquals(said, decoded);
            assertEquals(c, Conversation.replay(decoded));
            Set<String> kinds = stored.stream().map(StoredEvent::type).collect(Collectors.toSet());
            assertTrue(kinds.containsAll(Set.of("ConversationStarted", "MessageReceived", "AnswerGiven",
                    "FrustrationAcknowledged", "HandoffRequested", "SurveyRequested", "SurveyAnswered")), kinds.toString());
            assertTrue(stored.stream().filter(s -> s.type().equals("MessageReceived")).allMatch(s -> s.author() == Author.VISITOR));
            assertTrue(stored.stream().filter(s -> s.type().equals("AnswerGiven")).allMatch(s -> s.author() == Author.BOT));
        }
    }

    @Test
    void aRowOfAnUnknownOrBrokenTypeFailsNamingWhere() {
        StoredEvent unknown = new StoredEvent(7, 3, "Teleported", Author.SYSTEM, "{}", Instant.EPOCH, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.decode(unknown));
        assertEquals("conversation 7, event 3: unknown event type 'Teleported'", e.getMessage());
        StoredEvent broken = new StoredEvent(7, 4, "MessageReceived", Author.VISITOR, "{\"at\": 12, \"txt\": 1}", Instant.EPOCH, null);
        e = assertThrows(IllegalArgumentException.class, () -> codec.decode(broken));
        assertTrue(e.getMessage().startsWith("conversation 7, event 4: unreadable MessageReceived"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static List<Inbound> script() {
        return List.of(new Inbound.VisitorStarted(Language.VIETNAMESE, ZoneId.of("Asia/Ho_Chi_Minh")),
                new Inbound.VisitorMessage("how do I reset my password"),
                new Inbound.QuickReplyChosen("first offered"),
                new Inbound.VisitorMessage("THIS IS USELESS, NOTHING WORKS!!!"),
                new Inbound.PersonRequested(),
                new Inbound.VisitorClosed(),
                new Inbound.SurveyRated(9),
                new Inbound.SurveyCommented("thanks, quick help"));
    }
}
