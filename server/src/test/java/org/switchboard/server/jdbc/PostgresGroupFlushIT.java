package org.switchboard.server.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL, commits do not wait for the WAL and {@link GroupCheckpoint#postgres} makes them
 * durable in groups: what a caller is told is stored has had its WAL flushed to disk.
 */
class PostgresGroupFlushIT {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unusedDataDir;

    Database db;

    @BeforeEach
    void open() {
        db = POSTGRES.openFresh(unusedDataDir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void thePoolsConnectionsCommitWithoutWaitingForTheWal() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
            rs.next();
            assertEquals("off", rs.getString(1));
        }
    }

    @Test
    void aTurnIsAcknowledgedOnlyOnceTheWalHoldsIt() throws Exception {
        ConversationRepository conversations = db.conversations();
        long id = conversations.create("en", ZoneId.of("UTC")).conversation().id();
        for (int i = 1; i <= 20; i++) {
            conversations.commitTurn(id, "c-" + i, new NewEvent("MessageReceived", Author.VISITOR, "{\"text\":\"hi\"}"),
                    List.of(new NewEvent("BotReplied", Author.BOT, "{\"text\":\"hello\"}")), null);
            long committed = lsn("pg_current_wal_insert_lsn()");
            CountDownLatch stored = new CountDownLatch(1);
            AtomicReference<Long> flushedWhenTold = new AtomicReference<>();
            conversations.whenStored(failure -> {
                try {
                    flushedWhenTold.set(failure == null ? lsn("pg_current_wal_flush_lsn()") : -1L);
                } catch (SQLException e) {
                    flushedWhenTold.set(-2L);
                }
                stored.countDown();
            });
            assertTrue(stored.await(10, TimeUnit.SECONDS), "turn " + i + " never confirmed stored");
            assertTrue(flushedWhenTold.get() >= committed, "turn " + i + ": confirmed with the WAL flushed to "
                    + flushedWhenTold.get() + ", before its commit at " + committed);
        }
        assertEquals(40, conversations.eventsAfter(id, 0, 100).size());
    }

    @Test
    void aWriteReturnsOnlyOnceTheWalHoldsIt() throws SQLException {
        for (int i = 0; i < 20; i++) {
            long written = db.transactions().write("mark", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE durability_mark SET marks = marks + 1000 WHERE id = 1");
                    try (ResultSet rs = s.executeQuery("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            long flushed = lsn("pg_current_wal_flush_lsn()");
            assertTrue(flushed >= written, "write " + i + " returned with the WAL flushed to " + flushed
                    + ", before its change at " + written);
        }
    }

    /** An LSN function's value as a number (its position in the WAL). */
    private long lsn(String function) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + function + " - '0/0'::pg_lsn")) {
            rs.next();
            long v = rs.getLong(1);
            c.commit();
            return v;
        }
    }
}
