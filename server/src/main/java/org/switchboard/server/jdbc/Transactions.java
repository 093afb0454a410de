package org.switchboard.server.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs work in one transaction: commit when it returns, roll back when it throws. Connections
 * come from the pool with auto-commit off, so every statement belongs to the transaction.
 *
 * <p>A write has reached the database file when {@link #write} returns. Commits alone do not
 * promise that here: embedded H2 writes committed changes in the background within half a
 * second, and PostgreSQL's connections commit with {@code synchronous_commit} off (the WAL
 * reaches the disk within a fraction of a second), so a process or server killed in between loses
 * commits it has confirmed. A write therefore ends by waiting for a {@link GroupCheckpoint}, which
 * makes everything committed so far durable at once (one file write or one WAL flush for all
 * concurrent writers, where each commit flushing on its own would make every writer wait for its
 * own {@code fsync}). H2's own {@code WRITE_DELAY=0} also stores every commit, but it stops H2's
 * background compaction: the file grew by 30 MB/s.
 * A caller that need not wait on its thread uses {@link #commit} and then {@link #whenStored}: the
 * thread goes on to other work and hears when the commit is in the file.
 *
 * <p>Public so that repositories of other packages (staff accounts) keep their SQL beside their
 * domain; they get it from {@link Database#transactions()}. Thread-safe.
 */
public final class Transactions {
    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final GroupCheckpoint checkpoints;

    /** @param checkpoints how writes reach the file before {@link #write} returns; null: every commit is durable */
    Transactions(DataSource dataSource, GroupCheckpoint checkpoints) {
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
    }

    /** Runs {@code work} that writes; when this returns, what it wrote is in the database file. */
    public <T> T write(String what, Work<T> work) {
        return run(what, work, checkpoints != null);
    }

    /**
     * Runs {@code work} that writes and commits, without waiting for the commit to reach the
     * file: call {@link #whenStored} before telling anyone of it.
     */
    public <T> T commit(String what, Work<T> work) {
        return run(what, work, false);
    }

    /**
     * Calls {@code done} once everything committed before this call is in the database file: on
     * the checkpoint thread (at once on this one when every commit is durable), in the order of
     * the calls. {@code done} must be quick.
     */
    public void whenStored(OnStored done) {
        if (checkpoints == null) {
            done.stored(null);
        } else {
            checkpoints.whenStored(done);
        }
    }

    /** Returns once everything committed before this call is in the database file. */
    public void awaitStored(String what) {
        if (checkpoints == null) {
            return;
        }
        try {
            checkpoints.awaitStored();
        } catch (SQLException e) {
            throw new StorageException(what + ": committed, but not confirmed written to the file: "
                    + e.getMessage(), e);
        }
    }

    /** Runs {@code work} that only reads. */
    public <T> T read(String what, Work<T> work) {
        return run(what, work, false);
    }

    /**
     * Runs {@code work} and commits. On any failure everything it wrote is rolled back and the
     * failure rethrown, an {@link SQLException} wrapped in a {@link StorageException} whose
     * message starts with {@code what}.
     */
    private <T> T run(String what, Work<T> work, boolean awaitStored) {
        T result;
        try (Connection connection = dataSource.getConnection()) {
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(what + ": " + e.getMessage(), e);
        }
        if (awaitStored) {
            awaitStored(what);
        }
        return result;
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
