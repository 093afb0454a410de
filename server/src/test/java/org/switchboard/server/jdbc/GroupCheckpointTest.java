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

    @Test
    void everyCallerIsCoveredByACheckpointThatStartedAfterItAndCallersShareThem() throws Exception {
        GroupCheckpoint group = new GroupCheckpoint();
        DataSource db = fakeDatabase();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> callers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            callers.add(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    long calledAt = ticks.incrementAndGet();
                    group.awaitStored(db);
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
        GroupCheckpoint group = new GroupCheckpoint();
        DataSource db = fakeDatabase();
        group.awaitStored(db);
        group.awaitStored(db);
        assertEquals(2, checkpoints.size());
    }

    @Test
    void aFailedCheckpointFailsItsCallerAndTheNextCallerRetries() throws SQLException {
        GroupCheckpoint group = new GroupCheckpoint();
        DataSource db = fakeDatabase();
        failuresToInject.set(1);
        assertEquals("disk full", assertThrows(SQLException.class, () -> group.awaitStored(db)).getMessage());
        group.awaitStored(db);
        assertEquals(1, checkpoints.size());
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
