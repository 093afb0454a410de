package org.switchboard.server.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.server.ws.WsClient.frame;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqIndex;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.jdbc.ConversationRef;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/**
 * After a crash that left a conversation's row behind its events (H2's half-applied transaction,
 * docs/storage.md), the next start gives the row back the status its events make: a visitor who
 * asked for a person is listed as waiting again, not as talking to the bot.
 */
class ChatStatusReviewIT {
    /** The file {@code Database} keeps beside the H2 file while it has it open (CrashRecovery.MARKER). */
    private static final String OPEN_MARKER = "switchboard.open";

    @TempDir
    Path data;

    @Test
    void theNextStartSetsTheStatusALostTurnHadSet(@TempDir Path indexDir) throws Exception {
        try (FaqIndex index = ChatStack.demoIndex(indexDir)) {
            startsTwice(index);
        }
    }

    private void startsTwice(FaqIndex index) throws Exception {
        ChatConfig config = ChatConfig.defaults().withPerAddress(10_000);
        long id;
        long greeting;
        String token;
        try (ChatStack stack = ChatStack.start(data, index, config, 0); WsClient v = WsClient.connect(stack.port())) {
            v.send(frame("hello").put("site_key", "demo").put("language", "en"));
            JsonNode welcome = v.expect("welcome");
            token = welcome.get("token").asText();
            greeting = welcome.get("last_seq").asLong();
            v.send(frame("message").put("client_id", "m-1").put("text", "I want to talk to a person about my parcel"));
            v.expectEventually("ack");
            id = stack.store().findByToken(token).map(ConversationRef::id).orElseThrow();
            ConversationRef queued = stack.store().find(id).orElseThrow();
            assertEquals("QUEUED", queued.status(), "asking for a person puts the visitor in line");
            assertTrue(queued.lastSequence() > greeting);
        }

        // The row as a half-applied handoff turn leaves it: its events are stored, the update of
        // the row (counter, status, time) is not. Then the process dies: the marker stays.
        // A second conversation is behind a log that makes no conversation at all (it does not
        // begin with the bot's greeting): it keeps its status, and the start goes on.
        long unreadable;
        try (Database db = Database.open(DatabaseConfig.embedded(), data)) {
            db.transactions().write("undo the row's update", c -> {
                try (var s = c.prepareStatement(
                        "UPDATE conversation SET last_sequence = ?, status = 'BOT', updated_at = created_at WHERE id = ?")) {
                    s.setLong(1, greeting);
                    s.setLong(2, id);
                    return s.executeUpdate();
                }
            });
            assertEquals("BOT", db.conversations().find(id).orElseThrow().status());
            unreadable = db.conversations().create("en", ChatStack.OFFICE).conversation().id();
            db.transactions().write("store an event the row does not count", c -> {
                try (var s = c.prepareStatement("INSERT INTO conversation_event (conversation_id, sequence, type, author, payload,"
                        + " created_at) VALUES (?, 1, 'MessageReceived', 'visitor', '{}', CURRENT_TIMESTAMP)")) {
                    s.setLong(1, unreadable);
                    return s.executeUpdate();
                }
            });
        }
        Files.writeString(data.resolve(OPEN_MARKER), "");

        try (ChatStack stack = ChatStack.start(data, index, config, 0); WsClient v = WsClient.connect(stack.port())) {
            ConversationRef reviewed = stack.store().find(id).orElseThrow();
            assertEquals("QUEUED", reviewed.status(), "the status the events make");
            long last = stack.store().eventsAfter(id, 0, 1_000).stream().mapToLong(e -> e.sequence()).max().orElseThrow();
            assertEquals(last, reviewed.lastSequence(), "the counter agrees with the events");
            assertEquals(List.of(), stack.store().statusesInDoubt(), "nothing is left in doubt");
            ConversationRef kept = stack.store().find(unreadable).orElseThrow();
            assertEquals("BOT", kept.status(), "no status from events that make none");
            assertEquals(1, kept.lastSequence());

            // and the visitor goes on where they were
            v.send(frame("hello").put("site_key", "demo").put("token", token).put("last_seq", last));
            assertEquals(last, v.expect("welcome").get("last_seq").asLong());
            v.send(frame("message").put("client_id", "m-2").put("text", "still there?"));
            assertEquals(last + 1, v.expectEventually("ack").get("seq").asLong());
        }
    }
}
