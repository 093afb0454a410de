package org.switchboard.listener.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backoff timing and health, on a clock the test moves. */
class SourceScheduleTest {
    private static final Instant START = Instant.parse("2026-11-23T11:00:00Z");

    private record Stub(String name, Duration interval) implements Source {
        @Override
        public String kind() {
            return "feed";
        }

        @Override
        public Poll poll(SourceState state) {
            return new Poll(List.of(), state);
        }
    }

    private final TestClock clock = new TestClock(START);
    private final Stub news = new Stub("news", Duration.ofMinutes(5));
    private final Stub forum = new Stub("forum", Duration.ofSeconds(90));

    private static SourceException error(String message) {
        return new SourceException(SourceException.Kind.SERVER_ERROR, message, null);
    }

    @Test
    void everySourceIsDueAtOnceThenEachInterval() {
        SourceSchedule schedule = new SourceSchedule(List.of(news, forum), clock);
        assertEquals(START, schedule.nextDue());
        assertEquals(List.of(news, forum), schedule.due());
        assertEquals(List.of(), schedule.due(), "handed out once until answered");
        assertEquals(Instant.MAX, schedule.nextDue());
        schedule.succeeded(news, 3);
        schedule.succeeded(forum, 0);
        assertEquals(START.plusSeconds(90), schedule.nextDue());

        clock.advance(Duration.ofSeconds(89));
        assertEquals(List.of(), schedule.due());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(forum), schedule.due());
        schedule.succeeded(forum, 1);
        clock.set(START.plus(Duration.ofMinutes(5)));
        assertEquals(List.of(news, forum), schedule.due());
    }

    @Test
    void failuresBackOffExponentiallyUpToAnHour() {
        SourceSchedule schedule = new SourceSchedule(List.of(news), clock);
        Duration[] waits = {Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(40), Duration.ofHours(1),
            Duration.ofHours(1)};
        for (int i = 0; i < waits.length; i++) {
            assertEquals(List.of(news), schedule.due());
            schedule.failed(news, error("boom " + i));
            Instant failedAt = clock.instant();
            assertEquals(failedAt.plus(waits[i]), schedule.nextDue(), "after failure " + (i + 1));
            SourceHealth h = schedule.health().get(0);
            assertFalse(h.healthy());
            assertEquals(i + 1, h.consecutiveFailures());
            assertEquals("boom " + i, h.lastError());
            assertNull(h.lastSuccess());
            clock.set(schedule.nextDue());
        }
        assertEquals(List.of(news), schedule.due());
        schedule.succeeded(news, 0);
        SourceHealth healed = schedule.health().get(0);
        assertTrue(healed.healthy());
        assertEquals(0, healed.consecutiveFailures());
        assertNull(healed.lastError());
        assertEquals(clock.instant(), healed.lastSuccess());
        assertEquals(clock.instant().plus(news.interval()), healed.nextPoll());
    }

    @Test
    void aLongerRetryAfterWinsAShorterOneDoesNot() {
        SourceSchedule schedule = new SourceSchedule(List.of(forum), clock);
        schedule.due();
        schedule.failed(forum, new SourceException(SourceException.Kind.RATE_LIMITED, "429", Duration.ofMinutes(15), null));
        assertEquals(START.plus(Duration.ofMinutes(15)), schedule.nextDue());
        clock.set(schedule.nextDue());
        schedule.due();
        schedule.failed(forum, new SourceException(SourceException.Kind.RATE_LIMITED, "429", Duration.ofSeconds(1), null));
        assertEquals(clock.instant().plus(Duration.ofSeconds(360)), schedule.nextDue(), "90 s × 2² beats 1 s");
    }

    @Test
    void oneFailingSourceDoesNotDelayAnother() {
        SourceSchedule schedule = new SourceSchedule(List.of(news, forum), clock);
        schedule.due();
        schedule.failed(news, error("down"));
        schedule.succeeded(forum, 2);
        clock.advance(Duration.ofSeconds(90));
        assertEquals(List.of(forum), schedule.due());
        List<SourceHealth> health = schedule.health();
        assertEquals("news", health.get(0).name());
        assertEquals("feed", health.get(0).kind());
        assertFalse(health.get(0).healthy());
        assertEquals(START.plus(Duration.ofMinutes(10)), health.get(0).nextPoll());
        assertTrue(health.get(1).healthy());
        assertEquals(START, health.get(1).lastSuccess());
    }

    @Test
    void intervalsLongerThanTheCapAreNotShortened() {
        assertEquals(Duration.ofHours(2), SourceSchedule.backoff(Duration.ofHours(2), 3));
        assertEquals(Duration.ofMinutes(2), SourceSchedule.backoff(Duration.ofMinutes(1), 1));
        assertEquals(Duration.ofHours(1), SourceSchedule.backoff(Duration.ofSeconds(10), 1000));
    }

    @Test
    void refusesDuplicatesAndStrangers() {
        assertThrows(IllegalArgumentException.class,
                () -> new SourceSchedule(List.of(news, new Stub("news", Duration.ofMinutes(1))), clock));
        SourceSchedule schedule = new SourceSchedule(List.of(news), clock);
        assertThrows(IllegalArgumentException.class, () -> schedule.succeeded(forum, 0));
        assertEquals(Instant.MAX, new SourceSchedule(List.of(), clock).nextDue());
    }
}
