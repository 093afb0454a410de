package org.switchboard.server.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.jdbc.ConversationRepositoryContract.MutableClock;

/**
 * What {@link HandoffRepository} promises on any database: a first-come queue per team, one
 * waiting request per conversation, exactly one winner of a take-race, stored pick-up times.
 * Each test uses its own team, so tests sharing one PostgreSQL do not see each other's queue.
 */
abstract class HandoffRepositoryContract {
    static final Instant START = Instant.parse("2025-03-01T09:00:00.123456Z");

    Database db;
    HandoffRepository handoffs;
    ConversationRepository conversations;
    final MutableClock clock = new MutableClock(START);
    final String team = "team-" + UUID.randomUUID();

    abstract Database open();

    @BeforeEach
    void openDatabase() {
        db = open();
        handoffs = new HandoffRepository(db.transactions(), clock);
        conversations = new ConversationRepository(db.transactions(), clock, new SecureRandom());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private long conversation() {
        return conversations.create("en", ZoneId.of("Europe/Athens")).conversation().id();
    }

    private Handoff request(long conversationId) {
        return handoffs.request(conversationId, team, "VISITOR_ASKED", null, "en", "where is my parcel");
    }

    @Test
    void requestsQueueFirstComeFirstPerTeam() {
        Handoff first = request(conversation());
        clock.set(START.plusSeconds(5));
        Handoff second = request(conversation());
        Handoff elsewhere = handoffs.request(conversation(), team + "-other", "TOPIC", "refunds", "vi", null);

        assertEquals(Optional.of(1), handoffs.position(first.id()));
        assertEquals(Optional.of(2), handoffs.position(second.id()));
        assertEquals(Optional.of(1), handoffs.position(elsewhere.id()));
        assertEquals(List.of(first.id(), second.id()), handoffs.waiting(team).stream().map(Handoff::id).toList());
        assertEquals(START, first.requestedAt());
        assertEquals("where is my parcel", first.firstMessage());
        assertTrue(first.waiting());
        assertEquals("refunds", elsewhere.topic());
    }

    @Test
    void aConversationWaitingAlreadyKeepsItsPlace() {
        long c = conversation();
        Handoff first = request(c);
        clock.set(START.plusSeconds(30));
        Handoff again = handoffs.request(c, team, "NOT_HELPFUL", null, "en", "still waiting");
        assertEquals(first, again);
        assertEquals(1, handoffs.waiting(team).size());
        assertEquals(Optional.of(first), handoffs.waitingFor(c));
    }

    @Test
    void aPickUpStoresTheAgentAndTheWaitAndMovesTheQueueOn() {
        Handoff first = request(conversation());
        Handoff second = request(conversation());
        clock.set(START.plusSeconds(95));
        assertTrue(handoffs.pickUp(first.id(), 7, "Ana"));

        Handoff taken = handoffs.find(first.id()).orElseThrow();
        assertFalse(taken.waiting());
        assertEquals(7L, taken.agentId());
        assertEquals("Ana", taken.agentName());
        assertEquals("picked_up", taken.outcome());
        assertEquals(Optional.of(Duration.ofSeconds(95)), taken.pickUpWait());
        assertEquals(Optional.empty(), handoffs.position(first.id()));
        assertEquals(Optional.of(1), handoffs.position(second.id()));
        assertFalse(handoffs.pickUp(first.id(), 8, "Ben"), "taken once only");
        assertEquals(List.of(taken), handoffs.pickedUpSince(team, START, 10));
        assertEquals(List.of(), handoffs.pickedUpSince(team, START.plusSeconds(96), 10));
    }

    @Test
    void ofFiftyAgentsTakingTheSameRequestAtOnceExactlyOneWins() throws Exception {
        Handoff h = request(conversation());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> takes = new ArrayList<>();
        for (int agent = 1; agent <= 50; agent++) {
            long id = agent;
            takes.add(pool.submit(() -> {
                go.await();
                return handoffs.pickUp(h.id(), id, "Agent " + id);
            }));
        }
        go.countDown();
        List<Long> winners = new ArrayList<>();
        for (int i = 0; i < takes.size(); i++) {
            if (takes.get(i).get(30, TimeUnit.SECONDS)) {
                winners.add(i + 1L);
            }
        }
        pool.shutdown();
        assertEquals(1, winners.size(), "winners: " + winners);
        Handoff taken = handoffs.find(h.id()).orElseThrow();
        assertEquals(winners.get(0), taken.agentId());
        assertEquals("Agent " + winners.get(0), taken.agentName());
    }

    @Test
    void anEndedRequestLeavesTheQueueAndCannotBeTaken() {
        long c = conversation();
        Handoff h = request(c);
        Handoff next = request(conversation());
        clock.set(START.plusSeconds(10));
        assertTrue(handoffs.end(c, "visitor_left"));
        assertFalse(handoffs.end(c, "visitor_left"), "nothing left waiting");
        Handoff ended = handoffs.find(h.id()).orElseThrow();
        assertEquals("visitor_left", ended.outcome());
        assertEquals(START.plusSeconds(10), ended.endedAt());
        assertNull(ended.pickedUpAt());
        assertFalse(handoffs.pickUp(h.id(), 1, "Ana"));
        assertEquals(Optional.of(1), handoffs.position(next.id()));
        assertEquals(Optional.empty(), handoffs.waitingFor(c));
    }

    @Test
    void aRequestForAnUnknownConversationFails() {
        assertThrows(UnknownConversationException.class, () -> request(Long.MAX_VALUE));
    }

    @Test
    void requestsSurviveAReopen() {
        Handoff h = request(conversation());
        db.close();
        openDatabase();
        assertEquals(Optional.of(h), handoffs.find(h.id()));
        assertEquals(Optional.of(1), handoffs.position(h.id()));
    }
}
