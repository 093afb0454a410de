package org.switchboard.server.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Makes commits durable in groups, on one writer thread. After committing, a caller asks to
 * hear when its commit is in the file ({@link #whenStored}) or waits for it ({@link #awaitStored}).
 * The writer takes every request made so far, makes everything committed so far durable at once,
 * then answers those requests in the order they were made, and starts over while requests keep
 * coming. On H2 that is one {@code CHECKPOINT} (which writes everything committed so far to the
 * file as one chunk, see {@link #h2}); on PostgreSQL, whose connections commit without waiting for
 * the WAL ({@code synchronous_commit} off), one synchronous commit, which flushes the WAL up to it
 * and so every commit before it ({@link #postgres}). Callers never wait for each other:
 * under load a checkpoint covers every commit made while the previous one ran (hundreds with a
 * thousand visitors), and an idle database writes at once. On H2, checkpoints that only callbacks
 * wait for start at least {@link #H2_MIN_INTERVAL_NANOS} apart, gathering more commits each.
 *
 * <p>Thread-safe; one per database. {@link #close} answers what is waiting, then stops the writer.
 */
final class GroupCheckpoint implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(GroupCheckpoint.class.getName());

    /** How one group is made durable, on a connection of the pool (auto-commit off). */
    @FunctionalInterface
    interface Flush {
        void run(Connection connection) throws SQLException;
    }

    /**
     * On H2, the least time from the start of one checkpoint to the start of the next. A
     * checkpoint rewrites every page the commits since the last one touched, whole, however
     * little changed on it (the newest page of events, with their texts, every time): under a
     * steady stream of turns, checkpoints back to back covering a few turns each spent a quarter
     * of the process's CPU serialising pages. Gathering 10 ms of turns into one costs each at
     * most that much latency; an idle database, and a caller that blocks in {@link #awaitStored},
     * still have it written at once. Measured with
     * {@code bench chat} (1,000 visitors, one question a second each): CPU per turn 1.8 ms back
     * to back, 1.1–1.3 ms at 10 ms apart, with a lower p99 (15–18 ms against 45 ms; the median
     * went from 5 to 8 ms); 20 ms apart gained nothing more and doubled the median.
     */
    static final long H2_MIN_INTERVAL_NANOS = 10_000_000;

    private final DataSource dataSource;
    private final Flush flush;
    private final long minIntervalNanos;
    /** When the last checkpoint's flush started (System.nanoTime), or null before the first; the writer thread's own. */
    private Long lastStart;
    /** How many of the waiting requests are callers blocked in {@link #awaitStored}. */
    private int blocked;
    private final ArrayDeque<OnStored> waiting = new ArrayDeque<>();
    private final Thread writer;
    private boolean closed;

    /** H2 checkpoints, at least {@code minIntervalNanos} apart (start to start). */
    GroupCheckpoint(DataSource dataSource, long minIntervalNanos) {
        this(dataSource, "h2-group-checkpoint", minIntervalNanos, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        });
    }

    private GroupCheckpoint(DataSource dataSource, String threadName, long minIntervalNanos, Flush flush) {
        this.dataSource = dataSource;
        this.flush = flush;
        this.minIntervalNanos = minIntervalNanos;
        this.writer = new Thread(this::run, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    /** For the embedded H2 file: each group is one {@code CHECKPOINT}. */
    static GroupCheckpoint h2(DataSource dataSource) {
        return new GroupCheckpoint(dataSource, H2_MIN_INTERVAL_NANOS);
    }

    /**
     * For PostgreSQL, whose pool's connections commit with {@code synchronous_commit} off (a
     * commit is visible at once and reaches the WAL on disk later): each group is one transaction
     * that changes the {@code durability_mark} row and commits synchronously. The WAL is one
     * sequence, so flushing it up to that commit flushes every commit made before it: one
     * {@code fsync} for the group instead of one per commit, and no worker thread waits for one.
     */
    static GroupCheckpoint postgres(DataSource dataSource) {
        return new GroupCheckpoint(dataSource, "pg-group-flush", 0, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL synchronous_commit TO on");
                statement.executeUpdate("UPDATE durability_mark SET marks = marks + 1 WHERE id = 1");
            }
            connection.commit();
        });
    }

    /**
     * Calls {@code done} on the writer thread once everything committed before this call is in
     * the database file, with null, or with the failure of the checkpoint that should have stored
     * it. Callbacks run in the order they were registered, one at a time, so they must be quick:
     * hand real work to another thread.
     *
     * @throws IllegalStateException after {@link #close}
     */
    void whenStored(OnStored done) {
        register(done, false);
    }

    /** Queues a request; wakes the writer when it was idle, and a gathering writer only for a caller that blocks. */
    private synchronized void register(OnStored done, boolean blocking) {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        boolean idle = waiting.isEmpty();
        waiting.add(done);
        if (blocking) {
            blocked++;
        }
        if (idle || blocking) {
            notifyAll();
        }
    }

    /**
     * Returns once everything committed before this call is in the database file.
     *
     * @throws SQLException when the checkpoint that should have stored it failed
     */
    void awaitStored() throws SQLException {
        Answer answer = new Answer();
        register(answer, true);
        SQLException failure = answer.await();
        if (failure != null) {
            throw failure;
        }
    }

    private void run() {
        while (true) {
            List<OnStored> batch;
            synchronized (this) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // only close() ends the writer, and only once nothing waits
                    }
                }
                if (waiting.isEmpty()) {
                    return;
                }
                awaitInterval();
                batch = new ArrayList<>(waiting);
                blocked = 0;
                waiting.clear();
            }
            SQLException failure = checkpoint();
            StorageException storageFailure = failure == null ? null
                    : new StorageException("committed, but not confirmed written to the file: " + failure.getMessage(),
                            failure);
            for (OnStored done : batch) {
                try {
                    done.stored(storageFailure);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "a stored-callback failed", e);
                }
            }
        }
    }

    /**
     * Holding the lock: waits (gathering requests) until the next checkpoint may start, unless
     * closing or a caller blocks in {@link #awaitStored} (a thread that writes one thing after
     * another, an import, a staff action: it gains nothing from company and would wait for each).
     */
    private void awaitInterval() {
        if (lastStart != null) {
            long due = lastStart + minIntervalNanos;
            for (long left = due - System.nanoTime(); left > 0 && !closed && blocked == 0;
                 left = due - System.nanoTime()) {
                try {
                    wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    // only close() ends the writer
                }
            }
        }
    }

    private SQLException checkpoint() {
        try (Connection connection = dataSource.getConnection()) {
            // the interval runs from flush to flush, not from before the pool's getConnection: what a
            // checkpoint covers is fixed when its flush runs, and the pool may take a while
            lastStart = System.nanoTime();
            flush.run(connection);
            return null;
        } catch (SQLException e) {
            return e;
        } catch (RuntimeException e) {
            return new SQLException(e.getMessage(), e);
        }
    }

    /** Answers everything still waiting (with one last checkpoint), then stops the writer. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A waiting caller's answer. An interrupt does not end the wait: returning early would report an unstored commit as stored. */
    private static final class Answer implements OnStored {
        private boolean answered;
        private StorageException failure;

        @Override
        public synchronized void stored(StorageException e) {
            failure = e;
            answered = true;
            notifyAll();
        }

        /** The failed checkpoint's own exception, or null once stored. */
        synchronized SQLException await() {
            boolean interrupted = false;
            while (!answered) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return failure == null ? null : (SQLException) failure.getCause();
        }
    }
}
