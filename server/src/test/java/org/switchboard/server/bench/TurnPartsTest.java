package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.server.jdbc.Author;
import org.switchboard.server.jdbc.NewEvent;
import org.switchboard.server.jdbc.StoredEvent;

class TurnPartsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static StoredEvent event(long seq, String type, Author author, Instant at, String clientId) {
        return new StoredEvent(7, seq, type, author, "{\"n\":" + seq + "}", at, clientId);
    }

    @Test
    void aConversationIsCutIntoTheVisitorsTurnsWithWhatWasCommittedWithEach() {
        Instant later = T0.plusSeconds(3);
        List<StoredEvent> events = List.of(
                event(1, "BotGreeted", Author.BOT, T0, null), // the greeting: the server's own
                event(2, "MessageReceived", Author.VISITOR, T0.plusSeconds(1), "c1"),
                event(3, "AnswerGiven", Author.BOT, T0.plusSeconds(1), null),
                event(4, "HelpfulnessAsked", Author.BOT, T0.plusSeconds(1), null),
                event(5, "QueuePosition", Author.SYSTEM, T0.plusSeconds(2), null), // a later server turn
                event(6, "MessageReceived", Author.VISITOR, later, "c2"), // a silent turn
                event(7, "MessageReceived", Author.VISITOR, later, "c3")); // same instant, still its own turn

        List<TurnParts.Turn> turns = TurnParts.turns(events);

        assertEquals(3, turns.size(), turns.toString());
        assertEquals(new NewEvent("MessageReceived", Author.VISITOR, "{\"n\":2}"), turns.get(0).message());
        assertEquals(List.of(new NewEvent("AnswerGiven", Author.BOT, "{\"n\":3}"),
                new NewEvent("HelpfulnessAsked", Author.BOT, "{\"n\":4}")), turns.get(0).reply());
        assertEquals(List.of(), turns.get(1).reply(), "the server's turn after it is not part of it");
        assertEquals("{\"n\":7}", turns.get(2).message().payload());
        assertEquals(List.of(), turns.get(2).reply());
    }
}
