package org.switchboard.server.callback;

import org.switchboard.server.staff.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.jdbc.Database;

/**
 * What {@link Appointments} promises on any database: one winner of a claim, outcomes stored with
 * their punctuality and note, places freed or moved, reminders and escalations marked once, and
 * the kept and no-show rates of a period. Each test uses its own team and its own period far from
 * the others', so tests sharing one PostgreSQL do not see each other's rows.
 */
abstract class AppointmentsContract {
    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final Duration KEPT_WITHIN = Duration.ofMinutes(10);

    Database db;
    TestClock clock;
    CallbackRepository callbacks;
    Appointments appointments;
    final String team = "team-" + UUID.randomUUID();
    // a period of its own per test (PostgreSQL is shared by the class)
    final Instant slot = Instant.parse("2030-01-07T07:00:00Z").plus(Duration.ofDays(new SecureRandom().nextInt(3000) * 7L));

    abstract Database open();

    @BeforeEach
    void openDatabase() {
        db = open();
        clock = new TestClock(slot.minus(Duration.ofHours(2)));
        callbacks = new CallbackRepository(db.transactions(), clock);
        appointments = new Appointments(db.transactions(), clock);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Callback book(Instant start) {
        long conversation = db.conversations().create("vi", ZoneId.of("Asia/Ho_Chi_Minh")).conversation().id();
        SecureRandom random = new SecureRandom();
        String token = ManageTokens.token("t-" + UUID.randomUUID(), ManageTokens.newReference(random));
        return callbacks.book(new NewCallback(conversation, ManageTokens.newReference(random), ManageTokens.hash(token), team,
                start, start.plus(HALF_HOUR), 2, ZoneId.of("Asia/Ho_Chi_Minh"), "vi", ContactKind.PHONE, "+84912345678",
                "invoice")).orElseThrow();
    }

    private List<Appointment> mine() {
        return appointments.booked(slot.minus(Duration.ofDays(1)), slot.plus(Duration.ofDays(1))).stream()
                .filter(a -> a.callback().team().equals(team)).toList();
    }

    @Test
    void ofTenAgentsClaimingAtOnceExactlyOneWins() throws Exception {
        Callback c = book(slot);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String agent = "agent" + i;
                claims.add(pool.submit(() -> {
                    go.await();
                    return appointments.claim(c.id(), agent);
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
        Appointment a = appointments.find(c.id()).orElseThrow();
        assertNotNull(a.callback().assignedAgent());
        assertEquals(clock.instant(), a.claimedAt());
        assertTrue(appointments.claim(c.id(), a.callback().assignedAgent()), "claiming one's own again is fine");
        assertFalse(appointments.claim(c.id(), "someone-else"));
    }

    @Test
    void onlyTheClaimingAgentCallsAndRecords() {
        Callback c = book(slot);
        assertFalse(appointments.startCall(c.id(), "ana"), "unclaimed");
        assertEquals(Appointments.Recorded.NOT_YOURS,
                appointments.complete(c.id(), "ana", CallbackOutcome.DONE, "x", null, KEPT_WITHIN));
        assertTrue(appointments.claim(c.id(), "ana"));
        assertFalse(appointments.startCall(c.id(), "ben"));
        clock.set(slot.plusSeconds(60));
        assertTrue(appointments.startCall(c.id(), "ana"));
        assertEquals(slot.plusSeconds(60), appointments.find(c.id()).orElseThrow().callStartedAt());
        assertEquals(Appointments.Recorded.NOT_YOURS,
                appointments.complete(c.id(), "ben", CallbackOutcome.DONE, "x", null, KEPT_WITHIN));
    }

    @Test
    void doneInTimeIsKeptLaterIsLateAndThePlaceIsFreed() {
        Callback early = book(slot);
        Callback late = book(slot);
        appointments.claim(early.id(), "ana");
        appointments.claim(late.id(), "ana");
        clock.set(slot.plus(KEPT_WITHIN));
        assertEquals(Appointments.Recorded.RECORDED,
                appointments.complete(early.id(), "ana", CallbackOutcome.DONE, "  refund agreed  ", null, KEPT_WITHIN));
        clock.set(slot.plus(KEPT_WITHIN).plusSeconds(1));
        assertEquals(Appointments.Recorded.RECORDED,
                appointments.complete(late.id(), "ana", CallbackOutcome.DONE, null, null, KEPT_WITHIN));
        assertEquals(CallbackStatus.DONE, callbacks.find(early.id()).orElseThrow().status());
        assertEquals(Map.of(), callbacks.bookedCounts(team, slot, slot.plusSeconds(1)), "both places are free again");
        RecordedOutcome kept = appointments.outcomes(early.id()).get(0);
        assertEquals(Punctuality.KEPT, kept.punctuality());
        assertEquals("refund agreed", kept.note());
        assertEquals(slot, kept.promisedAt());
        assertEquals(slot.plus(KEPT_WITHIN), kept.completedAt());
        assertEquals("ana", kept.agent());
        assertEquals(Punctuality.LATE, appointments.outcomes(late.id()).get(0).punctuality());
        assertEquals(Appointments.Recorded.NOT_BOOKED,
                appointments.complete(early.id(), "ana", CallbackOutcome.DONE, null, null, KEPT_WITHIN), "only once");
        assertTrue(mine().isEmpty());
    }

    @Test
    void noAnswerWithANewTimeMovesItAndCountsAsNoShow() {
        Callback c = book(slot);
        appointments.claim(c.id(), "ana");
        clock.set(slot.plusSeconds(120));
        appointments.startCall(c.id(), "ana");
        appointments.markReminded(c.id());
        Instant next = slot.plus(Duration.ofDays(1));
        assertEquals(Appointments.Recorded.RECORDED, appointments.complete(c.id(), "ana", CallbackOutcome.NO_ANSWER,
                "voicemail", new Appointments.NewTime(next, next.plus(HALF_HOUR), 1), KEPT_WITHIN));
        Appointment moved = appointments.find(c.id()).orElseThrow();
        assertEquals(CallbackStatus.BOOKED, moved.callback().status());
        assertEquals(next, moved.callback().start());
        assertEquals(1, moved.callback().revision());
        assertEquals("ana", moved.callback().assignedAgent());
        assertNull(moved.callStartedAt());
        assertNull(moved.remindedAt(), "the reminder starts over");
        assertEquals(Map.of(next, 1), callbacks.bookedCounts(team, slot, next.plusSeconds(1)));
        assertEquals(Punctuality.NO_SHOW, appointments.outcomes(c.id()).get(0).punctuality());
    }

    @Test
    void rescheduledNeedsAFreeSlotAndCountsInNeitherRate() {
        Callback c = book(slot);
        Instant next = slot.plus(Duration.ofHours(1));
        Callback other = book(next);
        appointments.claim(c.id(), "ana");
        // the next slot has capacity 1 now and holds one already
        assertEquals(Appointments.Recorded.SLOT_FULL, appointments.complete(c.id(), "ana", CallbackOutcome.RESCHEDULED,
                "after lunch", new Appointments.NewTime(next, next.plus(HALF_HOUR), 1), KEPT_WITHIN));
        assertEquals(slot, appointments.find(c.id()).orElseThrow().callback().start(), "nothing changed");
        assertTrue(appointments.outcomes(c.id()).isEmpty());
        assertEquals(Appointments.Recorded.RECORDED, appointments.complete(c.id(), "ana", CallbackOutcome.RESCHEDULED,
                "after lunch", new Appointments.NewTime(next, next.plus(HALF_HOUR), 2), KEPT_WITHIN));
        assertEquals(Map.of(next, 2), callbacks.bookedCounts(team, slot, next.plusSeconds(1)));
        ServiceLevels levels = appointments.serviceLevels(slot, slot.plus(Duration.ofDays(1)), team);
        assertEquals(1, levels.rescheduled());
        assertEquals(0, levels.calls());
        assertNull(levels.keptRate());
        assertTrue(other.booked());
    }

    @Test
    void remindersAndEscalationsAreDueOnceAtTheirTime() {
        Callback c = book(slot);
        Duration lead = Duration.ofMinutes(10);
        Duration overdue = Duration.ofMinutes(15);
        clock.set(slot.minus(lead).minusSeconds(1));
        assertFalse(ids(appointments.dueForReminder(clock.instant(), lead)).contains(c.id()));
        clock.set(slot.minus(lead));
        assertTrue(ids(appointments.dueForReminder(clock.instant(), lead)).contains(c.id()));
        assertTrue(appointments.markReminded(c.id()));
        assertFalse(appointments.markReminded(c.id()), "once");
        assertFalse(ids(appointments.dueForReminder(clock.instant(), lead)).contains(c.id()));
        assertEquals(clock.instant(), appointments.find(c.id()).orElseThrow().remindedAt());

        clock.set(slot.plus(overdue).minusSeconds(1));
        assertFalse(ids(appointments.overdue(clock.instant(), overdue)).contains(c.id()));
        assertFalse(appointments.find(c.id()).orElseThrow().overdue(clock.instant(), overdue));
        clock.set(slot.plus(overdue));
        assertTrue(ids(appointments.overdue(clock.instant(), overdue)).contains(c.id()));
        assertTrue(appointments.find(c.id()).orElseThrow().overdue(clock.instant(), overdue));
        assertTrue(appointments.markEscalated(c.id()));
        assertFalse(appointments.markEscalated(c.id()));
        assertFalse(ids(appointments.overdue(clock.instant(), overdue)).contains(c.id()));
    }

    @Test
    void keptAndNoShowRatesOfAPeriod() {
        List<Callback> cs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callback c = book(slot.plus(HALF_HOUR.multipliedBy(i)));
            appointments.claim(c.id(), "ana");
            cs.add(c);
        }
        Callback nextWeek = book(slot.plus(Duration.ofDays(7)));
        appointments.claim(nextWeek.id(), "ana");
        clock.set(slot.plus(Duration.ofMinutes(2)));
        appointments.complete(cs.get(0).id(), "ana", CallbackOutcome.DONE, null, null, KEPT_WITHIN);
        clock.set(cs.get(1).start().plus(Duration.ofMinutes(5)));
        appointments.complete(cs.get(1).id(), "ana", CallbackOutcome.DONE, null, null, KEPT_WITHIN);
        clock.set(cs.get(2).start().plus(Duration.ofMinutes(45)));
        appointments.complete(cs.get(2).id(), "ana", CallbackOutcome.DONE, null, null, KEPT_WITHIN);
        clock.set(cs.get(3).start().plus(Duration.ofMinutes(1)));
        appointments.complete(cs.get(3).id(), "ana", CallbackOutcome.NO_ANSWER, "no reply", null, KEPT_WITHIN);
        clock.set(nextWeek.start());
        appointments.complete(nextWeek.id(), "ana", CallbackOutcome.NO_ANSWER, null, null, KEPT_WITHIN);

        ServiceLevels day = appointments.serviceLevels(slot, slot.plus(Duration.ofDays(1)), team);
        assertEquals(2, day.kept());
        assertEquals(1, day.late());
        assertEquals(1, day.noShow());
        assertEquals(0.5, day.keptRate(), 1e-9);
        assertEquals(0.25, day.noShowRate(), 1e-9);
        assertEquals(CallbackStatus.NO_ANSWER, callbacks.find(cs.get(3).id()).orElseThrow().status());
        ServiceLevels fortnight = appointments.serviceLevels(slot, slot.plus(Duration.ofDays(14)), team);
        assertEquals(2, fortnight.noShow());
        assertEquals(0.4, fortnight.keptRate(), 1e-9);
        assertEquals(0, appointments.serviceLevels(slot, slot.plus(Duration.ofDays(1)), "no-such-team").calls());
        assertTrue(appointments.serviceLevels(slot, slot.plus(Duration.ofDays(1)), null).kept() >= 2);
    }

    @Test
    void theListHoldsBookedCallBacksWithTheirMarks() {
        Callback later = book(slot.plus(HALF_HOUR));
        Callback sooner = book(slot);
        Callback cancelled = book(slot);
        callbacks.cancel(cancelled.id());
        appointments.claim(sooner.id(), "ben");
        List<Appointment> list = mine();
        assertEquals(List.of(sooner.id(), later.id()), ids(list));
        assertEquals("ben", list.get(0).callback().assignedAgent());
        assertEquals("+84912345678", list.get(0).callback().contact());
        assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), list.get(0).callback().visitorZone());
        assertNull(list.get(1).claimedAt());
    }

    private static List<Long> ids(List<Appointment> list) {
        return list.stream().map(Appointment::id).toList();
    }

}
