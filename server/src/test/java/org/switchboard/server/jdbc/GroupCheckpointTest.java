package org.switchboard.server.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@link GroupCheckpoint} against a fake database that records when each checkpoint ran. */
class GroupCheckpointTest {
    /** Logical time: every call and every checkpoint start and end takes the next tick. */
    final AtomicLong ticks = new AtomicLong();
    /** [start, end] of every checkpoint that completed. */
    final List<long[]> checkpoints = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failuresToInject = new AtomicInteger();
    /** System.nanoTime() at the start of every checkpoint. */
    final List<Long> startNanos = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyCallerIsCoveredByACheckpointThatStartedAfterItAndCallersShareThem() throws Exception {
        DataSource db = fakeDatabase();
        GroupCheckpoint group = new GroupCheckpoint(db, 0);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> callers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            callers.add(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    long calledAt = ticks.incrementAndGet();
                    group.awaitStored();
                    long returnedAt = ticks.incrementAndGet();
                    assertTrue(coveredBetween(calledAt, returnedAt),
                            "returned without a checkpoint that started after the call at " + calledAt);
                }
                return null;
            });
        }
        ConversationRepositoryContract.runConcurrently(callers, start);
        assertTrue(checkpoints.size() < 400, "8 concurrent callers should share checkpoints: " + checkpoints.size());
    }

    @Test
    void anIdleDatabaseCheckpointsAtOnceForEachCaller() throws SQLException {
        GroupCheckpoint group = new GroupCheckpoint(fakeDatabase(), 0);
        group.awaitStored();
        group.awaitStored();
        assertEquals(2, checkpoints.size());
    }

    @Test
    void aFailedCheckpointFailsItsCallerAndTheNextCallerRetries() throws SQLException {
        GroupCheckpoint group = new GroupCheckpoint(fakeDatabase(), 0);
        failuresToInject.set(1);
        assertEquals("disk full", assertThrows(SQLException.class, () -> group.awaitStored()).getMessage());
        group.awaitStored();
        assertEquals(1, checkpoints.size());
    }

    @Test
    void callbacksAreAnsweredInTheOrderTheyWereRegisteredAfterACheckpointThatStartedAfterThem() throws Exception {
        GroupCheckpoint group = new GroupCheckpoint(fakeDatabase(), 0);
        List<Integer> answered = Collections.synchronizedList(new ArrayList<>());
        List<Long> registeredAt = new ArrayList<>();
        long[] answeredAt = new long[200];
        CountDownLatch all = new CountDownLatch(200);
        for (int i = 0; i < 200; i++) {
            int n = i;
            registeredAt.add(ticks.incrementAndGet());
            group.whenStored(failure -> {
                assertEquals(null, failure);
                answeredAt[n] = ticks.incrementAndGet();
                answered.add(n);
                all.countDown();
            });
        }
        assertTrue(all.await(10, java.util.concurrent.TimeUnit.SECONDS));
        for (int i = 0; i < 200; i++) {
            assertEquals(i, answered.get(i));
            assertTrue(coveredBetween(registeredAt.get(i), answeredAt[i]), "callback " + i + " answered before its checkpoint");
        }
        assertTrue(checkpoints.size() < 200, "callbacks registered together share checkpoints: " + checkpoints.size());
        group.close();
    }

    @Test
    void aFailedCheckpointIsReportedToEveryCallbackItCovered() throws Exception {
        GroupCheckpoint group = new GroupCheckpoint(fakeDatabase(), 0);
        failuresToInject.set(1);
        java.util.concurrent.CompletableFuture<StorageException> first = new java.util.concurrent.CompletableFuture<>();
        group.whenStored(first::complete);
        StorageException failure = first.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
        java.util.concurrent.CompletableFuture<StorageException> next = new java.util.concurrent.CompletableFuture<>();
        group.whenStored(next::complete);
        assertEquals(null, next.get(10, java.util.concurrent.TimeUnit.SECONDS));
        group.close();
    }

    @Test
    void checkpointsForCallbacksStartAtLeastTheIntervalApartAndEachCoversItsCallers() throws Exception {
        long interval = 50_000_000;
        GroupCheckpoint group = new GroupCheckpoint(fakeDatabase(), interval);
        for (int i = 0; i < 3; i++) {
            long called = ticks.incrementAndGet();
            CountDownLatch stored = new CountDownLatch(1);
            group.whenStored(failure -> stored.countDown());
            assertTrue(stored.await(10, java.util.concurrent.TimeUnit.SECONDS), "call " + i + " not answered");
            assertTrue(coveredBetween(called, ticks.incrementAndGet()), "call " + i + " not covered");
        }
        assertEquals(3, startNanos.size());
        for (int i = 1; i < 3; i++) {
            long apart = startNanos.get(i) - startNanos.get(i - 1);
            assertTrue(apart >= interval, "checkpoints " + (i - 1) + " and " + i + " started " + apart / 1_000_000.0
                    + " ms apart");
        }
        group.close();
    }

    @Test
    void aCallerThatBlocksIsNotKeptWaitingForTheInterval() throws Exception {
        GroupCheckpoint group = new GroupCheckpoint(fakeDatabase(), 10_000_000_000L);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            group.awaitStored();
        }
        group.whenStored(failure -> { });
        group.awaitStored(); // joins the gathering callback's checkpoint and starts it
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 5, "four blocking callers took " + seconds + " s with checkpoints 10 s apart");
        assertEquals(4, checkpoints.size());
        group.close();
    }

    @Test
    void callersWithinAnIntervalShareOneCheckpoint() throws Exception {
        GroupCheckpoint group = new GroupCheckpoint(fakeDatabase(), 200_000_000);
        group.awaitStored();
        CountDownLatch answered = new CountDownLatch(20);
        for (int i = 0; i < 20; i++) {
            group.whenStored(failure -> answered.countDown());
        }
        assertTrue(answered.await(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(2, checkpoints.size(), "one checkpoint for the first caller, one for the twenty after it");
        group.close();
    }

    @Test
    void closeAnswersWhatWaitsThenRefusesNewCallers() {
        GroupCheckpoint group = new GroupCheckpoint(fakeDatabase(), 0);
        AtomicInteger answered = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            group.whenStored(failure -> answered.incrementAndGet());
        }
        group.close();
        assertEquals(50, answered.get());
        assertThrows(IllegalStateException.class, () -> group.whenStored(failure -> { }));
    }

    private boolean coveredBetween(long calledAt, long returnedAt) {
        synchronized (checkpoints) {
            return checkpoints.stream().anyMatch(c -> c[0] > calledAt && c[1] < returnedAt);
        }
    }

    /** A DataSource whose connections only understand {@code CHECKPOINT} and {@code close()}. */
    private DataSource fakeDatabase() {
        Statement statement = proxy(Statement.class, (method, args) -> {
            if (method.equals("execute")) {
                assertEquals("CHECKPOINT", args[0]);
                startNanos.add(System.nanoTime());
                long started = ticks.incrementAndGet();
                Thread.sleep(1);
                if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new SQLException("disk full");
                }
                checkpoints.add(new long[] {started, ticks.incrementAndGet()});
                return false;
            }
            return null;
        });
        Connection connection = proxy(Connection.class,
                (method, args) -> method.equals("createStatement") ? statement : null);
        return proxy(DataSource.class, (method, args) -> method.equals("getConnection") ? connection : null);
    }

    /** A method call on a fake: its name and arguments. */
    @FunctionalInterface
    private interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> handler.handle(method.getName(), args)));
    }
}
