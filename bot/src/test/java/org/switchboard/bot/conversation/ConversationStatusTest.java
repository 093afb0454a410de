package org.switchboard.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.switchboard.bot.conversation.ConversationStatus.BOT;
import static org.switchboard.bot.conversation.ConversationStatus.QUEUED;
import static org.switchboard.bot.conversation.ConversationStatus.RESOLVED;
import static org.switchboard.bot.conversation.ConversationStatus.WITH_AGENT;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationStatusTest {
    private static final Map<ConversationStatus, Set<ConversationStatus>> ALLOWED = Map.of(
            BOT, EnumSet.of(QUEUED, WITH_AGENT, RESOLVED),
            QUEUED, EnumSet.of(WITH_AGENT, BOT, RESOLVED),
            WITH_AGENT, EnumSet.of(BOT, QUEUED, RESOLVED),
            RESOLVED, EnumSet.of(BOT));

    @Test
    void allowsExactlyTheDocumentedTransitions() {
        for (ConversationStatus from : ConversationStatus.values()) {
            for (ConversationStatus to : ConversationStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void refusesAMoveNamingBothStatuses() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RESOLVED.moveTo(QUEUED));

        assertEquals("a conversation cannot move from RESOLVED to QUEUED", e.getMessage());
        assertEquals(QUEUED, BOT.moveTo(QUEUED));
    }

    @Test
    void noStatusMovesToItself() {
        for (ConversationStatus s : ConversationStatus.values()) {
            assertEquals(false, s.canMoveTo(s), s.toString());
        }
    }
}
