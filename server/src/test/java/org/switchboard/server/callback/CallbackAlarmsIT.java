package org.switchboard.server.callback;

import org.switchboard.server.staff.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/**
 * Reminders and escalations as time passes (the clock is moved; nothing sleeps): each is sent
 * once, at its time, to the listeners and to the webhook on loopback; a call back done in time is
 * never escalated; two schedulers on one database (two nodes) send each once between them.
 */
class CallbackAlarmsIT {
    static final Instant SLOT = Instant.parse("2026-11-24T08:00:00Z");
    static final byte[] SECRET = "the receiver's shared secret".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Database db;
    TestClock clock;
    CallbackRepository callbacks;
    Appointments appointments;
    final KeepingRules rules = new KeepingRules(Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(10),
            Optional.empty(), 3);
    final List<String> heard = new CopyOnWriteArrayList<>();
    final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.embedded(), dir);
        clock = new TestClock(SLOT.minus(Duration.ofHours(1)));
        callbacks = new CallbackRepository(db.transactions(), clock);
        appointments = new Appointments(db.transactions(), clock);
    }

    @AfterEach
    void close() {
        retries.shutdownNow();
        db.close();
    }

    private CallbackAlarms alarms() {
        CallbackAlarms alarms = new CallbackAlarms(appointments, rules, clock);
        alarms.listen(new CallbackAlarms.Listener() {
            @Override
            public void reminder(Appointment a) {
                heard.add("reminder " + a.id() + " " + a.callback().assignedAgent());
            }

            @Override
            public void overdue(Appointment a) {
                heard.add("overdue " + a.id());
            }
        });
        return alarms;
    }

    private Callback book(Instant start) {
        long conversation = db.conversations().create("ar", ZoneId.of("Asia/Riyadh")).conversation().id();
        SecureRandom random = new SecureRandom();
        String token = ManageTokens.token("t-" + UUID.randomUUID(), ManageTokens.newReference(random));
        return callbacks.book(new NewCallback(conversation, ManageTokens.newReference(random), ManageTokens.hash(token), "support",
                start, start.plus(Duration.ofMinutes(30)), 3, ZoneId.of("Asia/Riyadh"), "ar", ContactKind.EMAIL, "a@example.org",
                null)).orElseThrow();
    }

    @Test
    void remindedAtTheLeadTimeThenEscalatedWhenOverdueEachOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            CallbackAlarms alarms = alarms();
            alarms.listen(new WebhookAlarms(new CallbackWebhook(new KeepingRules.WebhookTarget(receiver.url(), SECRET), 3,
                    Duration.ofMillis(20), HttpClient.newHttpClient(), retries, clock)));
            Callback c = book(SLOT);
            appointments.claim(c.id(), "ana");

            clock.set(SLOT.minus(Duration.ofMinutes(11)));
            assertEquals(List.of(), alarms.tick().reminded());
            clock.set(SLOT.minus(Duration.ofMinutes(10)));
            assertEquals(List.of(c.id()), alarms.tick().reminded());
            assertEquals(List.of(), alarms.tick().reminded(), "once");
            assertEquals(List.of("reminder " + c.id() + " ana"), heard);
            WebhookReceiver.Received r = receiver.next();
            assertEquals("callback.reminder", r.event());
            assertEquals(CallbackWebhook.sign(SECRET, r.body()), r.signature());
            assertEquals(c.id(), new ObjectMapper().readTree(r.body()).at("/callback/id").asLong());

            clock.set(SLOT.plus(Duration.ofMinutes(14)));
            assertEquals(List.of(), alarms.tick().escalated());
            clock.set(SLOT.plus(Duration.ofMinutes(15)));
            assertEquals(List.of(c.id()), alarms.tick().escalated());
            assertEquals(List.of(), alarms.tick().escalated());
            assertEquals("callback.overdue", receiver.next().event());
            assertEquals(List.of("reminder " + c.id() + " ana", "overdue " + c.id()), heard);
        }
    }

    @Test
    void doneInTimeIsNeverEscalatedAndAMovedOneIsRemindedAgain() {
        CallbackAlarms alarms = alarms();
        Callback done = book(SLOT);
        Callback moved = book(SLOT);
        appointments.claim(done.id(), "ana");
        appointments.claim(moved.id(), "ben");
        clock.set(SLOT.minus(Duration.ofMinutes(5)));
        assertEquals(List.of(done.id(), moved.id()), alarms.tick().reminded());
        clock.set(SLOT.plus(Duration.ofMinutes(3)));
        appointments.complete(done.id(), "ana", CallbackOutcome.DONE, "ok", null, rules.keptWithin());
        Instant later = SLOT.plus(Duration.ofHours(2));
        appointments.complete(moved.id(), "ben", CallbackOutcome.NO_ANSWER, "no reply",
                new Appointments.NewTime(later, later.plus(Duration.ofMinutes(30)), 3), rules.keptWithin());
        clock.set(SLOT.plus(Duration.ofMinutes(30)));
        assertEquals(new CallbackAlarms.Sent(List.of(), List.of()), alarms.tick());
        clock.set(later.minus(Duration.ofMinutes(10)));
        assertEquals(List.of(moved.id()), alarms.tick().reminded());
        assertEquals(Punctuality.KEPT, appointments.outcomes(done.id()).get(0).punctuality());
    }

    @Test
    void anUnclaimedCallBackIsRemindedWithoutAnAgent() {
        CallbackAlarms alarms = alarms();
        Callback c = book(SLOT);
        clock.set(SLOT);
        alarms.tick();
        assertEquals(List.of("reminder " + c.id() + " null"), heard);
    }

    @Test
    void twoNodesSendEachReminderOnceBetweenThem() throws Exception {
        CallbackAlarms one = alarms();
        CallbackAlarms two = alarms();
        for (int i = 0; i < 5; i++) {
            book(SLOT.plus(Duration.ofMinutes(i)));
        }
        clock.set(SLOT);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(one::tick);
            var b = pool.submit(two::tick);
            assertEquals(5, a.get().reminded().size() + b.get().reminded().size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, heard.size());
        assertTrue(heard.stream().allMatch(h -> h.startsWith("reminder ")));
    }
}
