package org.switchboard.server.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes H2 commits durable in groups. After committing, a writer calls {@link #awaitStored}; one
 * writer at a time (the leader) runs {@code CHECKPOINT}, which writes everything committed so
 * far to the file, and every writer that had committed before that checkpoint started returns
 * when it ends. Writers arriving while a checkpoint runs wait for it, then one of them runs the
 * next for all of them. Under load each file write thus covers many commits instead of one, and
 * an idle database writes at once.
 *
 * <p>Thread-safe; one per database.
 */
final class GroupCheckpoint {
    private long requested;
    private long stored;
    private boolean running;

    /**
     * Returns once everything committed before this call is in the database file. Waiting
     * holds no connection; the leader borrows one from {@code dataSource} for the checkpoint.
     *
     * @throws SQLException when the checkpoint this writer ran failed
     */
    void awaitStored(DataSource dataSource) throws SQLException {
        long ticket;
        synchronized (this) {
            ticket = ++requested;
        }
        boolean interrupted = false;
        try {
            while (true) {
                long covers;
                synchronized (this) {
                    while (running && stored < ticket) {
                        interrupted |= waitInterrupted();
                    }
                    if (stored >= ticket) {
                        return;
                    }
                    running = true;
                    covers = requested;
                }
                boolean done = false;
                try {
                    checkpoint(dataSource);
                    done = true;
                } finally {
                    finish(done, covers);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized void finish(boolean done, long covers) {
        running = false;
        if (done) {
            stored = Math.max(stored, covers);
        }
        notifyAll();
    }

    private static void checkpoint(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    /**
     * Waits for a checkpoint to end and says whether the thread was interrupted meanwhile. An
     * interrupt does not end the wait: returning early would report an unstored commit as stored.
     */
    private boolean waitInterrupted() {
        try {
            wait();
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }
}
