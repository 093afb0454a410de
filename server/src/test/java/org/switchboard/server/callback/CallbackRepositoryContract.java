package org.switchboard.server.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;
import org.switchboard.server.jdbc.Database;

/**
 * What {@link CallbackRepository} and {@link RotaRepository} promise on any database: a booking
 * is whole or absent, a slot never holds more than its capacity (50 at once for one place: one
 * wins), cancelling and moving give places back. Each test uses its own team, so tests sharing
 * one PostgreSQL do not see each other's slots.
 */
abstract class CallbackRepositoryContract {
    static final Instant SLOT = Instant.parse("2026-03-29T07:00:00Z");
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final Instant NOW = Instant.parse("2026-03-27T10:15:30.123456Z");

    Database db;
    CallbackRepository callbacks;
    RotaRepository rotas;
    final SecureRandom random = new SecureRandom();
    final String team = "team-" + UUID.randomUUID();

    abstract Database open();

    @BeforeEach
    void openDatabase() {
        db = open();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        callbacks = new CallbackRepository(db.transactions(), clock);
        rotas = new RotaRepository(db.transactions(), clock);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private long conversation() {
        return db.conversations().create("el", ZoneId.of("Europe/Athens")).conversation().id();
    }

    private NewCallback at(long conversation, Instant start, int capacity) {
        String token = ManageTokens.token("conversation-token-" + UUID.randomUUID(), ManageTokens.newReference(random));
        return new NewCallback(conversation, ManageTokens.newReference(random), ManageTokens.hash(token), team, start,
                start.plus(HALF_HOUR), capacity, ZoneId.of("Asia/Manila"), "tl", ContactKind.PHONE, "+639171234567", "bill");
    }

    @Test
    void aBookingIsStoredWithEverythingTheAgentNeeds() {
        long conversation = conversation();
        NewCallback n = at(conversation, SLOT, 1);
        Callback c = callbacks.book(n).orElseThrow();

        assertEquals(conversation, c.conversationId());
        assertEquals(team, c.team());
        assertEquals(SLOT, c.start());
        assertEquals(SLOT.plus(HALF_HOUR), c.end());
        assertEquals(ZoneId.of("Asia/Manila"), c.visitorZone());
        assertEquals("tl", c.language());
        assertEquals(ContactKind.PHONE, c.contactKind());
        assertEquals("+639171234567", c.contact());
        assertEquals("bill", c.note());
        assertEquals(CallbackStatus.BOOKED, c.status());
        assertNull(c.assignedAgent());
        assertEquals(0, c.revision());
        assertEquals(NOW, c.createdAt());
        assertEquals(n.reference(), c.reference());
        assertEquals(Optional.of(c), callbacks.findByTokenHash(n.tokenHash()));
        assertEquals(Optional.empty(), callbacks.findByTokenHash(ManageTokens.hash("x".repeat(43))));
        assertEquals(List.of(c), callbacks.forConversation(conversation));
        assertEquals(Map.of(SLOT, 1), callbacks.bookedCounts(team, SLOT, SLOT.plusSeconds(1)));
        assertTrue(callbacks.assign(c.id(), "ana"));
        assertEquals("ana", callbacks.find(c.id()).orElseThrow().assignedAgent());
    }

    @Test
    void aSlotTakesNoMoreThanItsCapacity() {
        long conversation = conversation();
        assertTrue(callbacks.book(at(conversation, SLOT, 2)).isPresent());
        assertTrue(callbacks.book(at(conversation, SLOT, 2)).isPresent());
        assertEquals(Optional.empty(), callbacks.book(at(conversation, SLOT, 2)));
        // the rota shrank to one agent: the slot is over its new capacity, and stays full
        assertEquals(Optional.empty(), callbacks.book(at(conversation, SLOT, 1)));
        // the rota grew: one more place
        assertTrue(callbacks.book(at(conversation, SLOT, 3)).isPresent());
        assertEquals(3, callbacks.between(team, SLOT, SLOT.plus(HALF_HOUR)).size());
        assertEquals(Map.of(SLOT, 3), callbacks.bookedCounts(team, SLOT.minus(HALF_HOUR), SLOT.plus(HALF_HOUR)));
    }

    @Test
    void fiftySimultaneousBookingsOfOnePlaceYieldExactlyOne() throws Exception {
        long conversation = conversation();
        int n = 50;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Optional<Callback>>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                NewCallback one = at(conversation, SLOT, 1);
                results.add(pool.submit(() -> {
                    go.await();
                    return callbacks.book(one);
                }));
            }
            go.countDown();
            int booked = 0;
            for (Future<Optional<Callback>> r : results) {
                booked += r.get(120, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertEquals(1, booked);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, callbacks.between(team, SLOT, SLOT.plusSeconds(1)).size());
        assertEquals(Map.of(SLOT, 1), callbacks.bookedCounts(team, SLOT, SLOT.plusSeconds(1)));
    }

    @Test
    void cancellingFreesThePlaceOnce() {
        long conversation = conversation();
        Callback c = callbacks.book(at(conversation, SLOT, 1)).orElseThrow();
        assertTrue(callbacks.cancel(c.id()));
        assertFalse(callbacks.cancel(c.id()));
        assertEquals(CallbackStatus.CANCELLED, callbacks.find(c.id()).orElseThrow().status());
        assertEquals(Map.of(), callbacks.bookedCounts(team, SLOT, SLOT.plusSeconds(1)));
        assertTrue(callbacks.book(at(conversation, SLOT, 1)).isPresent());
    }

    @Test
    void reschedulingMovesThePlaceOrChangesNothing() {
        long conversation = conversation();
        Instant later = SLOT.plus(HALF_HOUR);
        Callback mine = callbacks.book(at(conversation, SLOT, 1)).orElseThrow();
        Callback theirs = callbacks.book(at(conversation, later.plus(HALF_HOUR), 1)).orElseThrow();

        assertEquals(Rescheduled.SLOT_FULL, callbacks.reschedule(mine.id(), theirs.start(), theirs.end(), 1));
        assertEquals(mine, callbacks.find(mine.id()).orElseThrow());

        assertEquals(Rescheduled.MOVED, callbacks.reschedule(mine.id(), later, later.plus(HALF_HOUR), 1));
        Callback moved = callbacks.find(mine.id()).orElseThrow();
        assertEquals(later, moved.start());
        assertEquals(1, moved.revision());
        assertEquals(CallbackStatus.BOOKED, moved.status());
        assertEquals(Map.of(later, 1, theirs.start(), 1), callbacks.bookedCounts(team, SLOT, SLOT.plus(Duration.ofHours(2))));
        assertTrue(callbacks.book(at(conversation, SLOT, 1)).isPresent(), "the old place is free again");

        assertTrue(callbacks.cancel(mine.id()));
        assertEquals(Rescheduled.NOT_BOOKED, callbacks.reschedule(mine.id(), SLOT.plus(Duration.ofHours(3)),
                SLOT.plus(Duration.ofHours(3)).plus(HALF_HOUR), 1));
    }

    @Test
    void simultaneousMovesIntoOnePlaceYieldExactlyOne() throws Exception {
        long conversation = conversation();
        Instant target = SLOT.plus(Duration.ofHours(5));
        List<Callback> booked = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            booked.add(callbacks.book(at(conversation, SLOT.plus(HALF_HOUR.multipliedBy(i)), 1)).orElseThrow());
        }
        ExecutorService pool = Executors.newFixedThreadPool(booked.size());
        CountDownLatch go = new CountDownLatch(1);
        int moved = 0;
        try {
            List<Future<Rescheduled>> results = new ArrayList<>();
            for (Callback c : booked) {
                results.add(pool.submit(() -> {
                    go.await();
                    return callbacks.reschedule(c.id(), target, target.plus(HALF_HOUR), 1);
                }));
            }
            go.countDown();
            for (Future<Rescheduled> r : results) {
                moved += r.get(120, TimeUnit.SECONDS) == Rescheduled.MOVED ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, moved);
        assertEquals(1, callbacks.bookedCounts(team, target, target.plusSeconds(1)).get(target));
        assertEquals(10, callbacks.bookedCounts(team, SLOT, target.plus(HALF_HOUR)).values().stream().mapToInt(i -> i).sum());
    }

    @Test
    void finishingFreesThePlaceAndRecordsTheOutcome() {
        Callback c = callbacks.book(at(conversation(), SLOT, 1)).orElseThrow();
        assertTrue(callbacks.finish(c.id(), CallbackStatus.NO_ANSWER));
        assertFalse(callbacks.finish(c.id(), CallbackStatus.DONE));
        assertEquals(CallbackStatus.NO_ANSWER, callbacks.find(c.id()).orElseThrow().status());
        assertEquals(Map.of(), callbacks.bookedCounts(team, SLOT, SLOT.plusSeconds(1)));
    }

    @Test
    void aRotaIsReplacedWholeAndCanBeReset() {
        assertEquals(Optional.empty(), rotas.find(team));
        Rota rota = new Rota(List.of(
                new Shift(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(14, 0), "ana"),
                new Shift(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.MIDNIGHT, "ben"),
                new Shift(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(0, 30), "ana")));
        rotas.replace(team, rota, "supervisor");
        assertEquals(Optional.of(rota), rotas.find(team));

        Rota smaller = new Rota(List.of(new Shift(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), "chris")));
        rotas.replace(team, smaller, "supervisor");
        assertEquals(Optional.of(smaller), rotas.find(team));

        rotas.replace(team, Rota.empty(), null);
        assertEquals(Optional.of(Rota.empty()), rotas.find(team), "an empty stored rota is not the configured default");
        assertTrue(rotas.reset(team));
        assertEquals(Optional.empty(), rotas.find(team));
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        String conversationToken = "A".repeat(43);
        String reference = ManageTokens.newReference(random);
        String token = ManageTokens.token(conversationToken, reference);
        assertTrue(ManageTokens.wellFormed(token));
        assertEquals(token, ManageTokens.token(conversationToken, reference));
        assertFalse(token.equals(ManageTokens.token("B".repeat(43), reference)));
        NewCallback n = new NewCallback(conversation(), reference, ManageTokens.hash(token), team, SLOT, SLOT.plus(HALF_HOUR), 1,
                ZoneId.of("UTC"), "en", ContactKind.EMAIL, "visitor@example.com", null);
        callbacks.book(n).orElseThrow();
        assertArrayEquals(ManageTokens.hash(token), n.tokenHash());
        assertTrue(callbacks.findByTokenHash(ManageTokens.hash(token)).isPresent());
        assertFalse(callbacks.findByTokenHash(ManageTokens.hash(conversationToken)).isPresent());
    }
}
