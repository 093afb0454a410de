package org.switchboard.server.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code conversation} table, on a connection whose transaction the caller owns. */
final class ConversationRows {
    private static final String COLUMNS = "id, language, time_zone, status, created_at, updated_at, last_sequence";

    private ConversationRows() {
    }

    static long insert(Connection c, byte[] tokenHash, String language, ZoneId timeZone, String status, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation"
                + " (token_hash, language, time_zone, status, created_at, updated_at, last_sequence)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0)", new String[] {"id"})) {
            ps.setBytes(1, tokenHash);
            ps.setString(2, language);
            ps.setString(3, timeZone.getId());
            ps.setString(4, status);
            ps.setObject(5, timestamp(now));
            ps.setObject(6, timestamp(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new conversation");
                }
                return keys.getLong(1);
            }
        }
    }

    static Optional<ConversationRef> selectByTokenHash(Connection c, byte[] tokenHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM conversation WHERE token_hash = ?")) {
            ps.setBytes(1, tokenHash);
            return read(ps);
        }
    }

    static Optional<ConversationRef> selectById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM conversation WHERE id = ?")) {
            ps.setLong(1, id);
            return read(ps);
        }
    }

    /**
     * Sets each conversation's {@code last_sequence} to its last stored event (0 without events)
     * where they differ, as after a transaction half-applied when the process died
     * ({@link CrashRecovery}), and its {@code updated_at} to its last event's time when that is
     * later; lists each such conversation in {@code conversation_status_review}, since the status
     * its last turns set was in the same row. Returns how many rows it changed.
     */
    static int correctLastSequences(Connection c) throws SQLException {
        String last = "COALESCE((SELECT MAX(e.sequence) FROM conversation_event e WHERE e.conversation_id = c.id), 0)";
        String newest = "(SELECT MAX(e.created_at) FROM conversation_event e WHERE e.conversation_id = c.id)";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO conversation_status_review (conversation_id) SELECT c.id FROM conversation c"
                    + " WHERE c.last_sequence <> " + last
                    + " AND NOT EXISTS (SELECT 1 FROM conversation_status_review r WHERE r.conversation_id = c.id)");
            return s.executeUpdate("UPDATE conversation c SET last_sequence = " + last
                    + ", updated_at = GREATEST(c.updated_at, COALESCE(" + newest + ", c.updated_at))"
                    + " WHERE c.last_sequence <> " + last);
        }
    }

    /** The conversations listed for a review of their status, lowest id first. */
    static List<Long> selectStatusReview(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT conversation_id FROM conversation_status_review ORDER BY conversation_id")) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    /** Sets the status (when not null) without touching {@code updated_at}, and takes the conversation off the review list. */
    static void statusReviewed(Connection c, long id, String status) throws SQLException {
        if (status != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE conversation SET status = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM conversation_status_review WHERE conversation_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Locks the conversation's row until the transaction ends, so appends to it queue up, and
     * returns its last sequence number.
     *
     * @throws UnknownConversationException when there is no such row
     */
    static long lockLastSequence(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_sequence FROM conversation WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownConversationException(id);
                }
                return rs.getLong(1);
            }
        }
    }

    /**
     * Numbers {@code count} new events: adds them to the conversation's last sequence (and sets
     * its status when {@code status} is not null), which locks its row until the transaction
     * ends so appends to it queue up, and returns the new last sequence; the events take the
     * {@code count} numbers up to it. One update and one plain read, both statements the
     * databases keep prepared (H2 prepares a {@code SELECT … FOR UPDATE} afresh every time).
     *
     * @throws UnknownConversationException when there is no such row
     */
    static long advanceLastSequence(Connection c, long id, int count, String status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(status == null
                ? "UPDATE conversation SET last_sequence = last_sequence + ?, updated_at = ? WHERE id = ?"
                : "UPDATE conversation SET last_sequence = last_sequence + ?, updated_at = ?, status = ? WHERE id = ?")) {
            int i = 1;
            ps.setLong(i++, count);
            ps.setObject(i++, timestamp(now));
            if (status != null) {
                ps.setString(i++, status);
            }
            ps.setLong(i, id);
            if (ps.executeUpdate() == 0) {
                throw new UnknownConversationException(id);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_sequence FROM conversation WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownConversationException(id);
                }
                return rs.getLong(1);
            }
        }
    }

    /** @return false when there is no such conversation */
    static boolean updateStatus(Connection c, long id, String status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE conversation SET status = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setObject(2, timestamp(now));
            ps.setLong(3, id);
            return ps.executeUpdate() > 0;
        }
    }

    private static Optional<ConversationRef> read(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ConversationRef(rs.getLong(1), rs.getString(2), ZoneId.of(rs.getString(3)),
                    rs.getString(4), instant(rs, 5), instant(rs, 6), rs.getLong(7)));
        }
    }

    /** Timestamps are bound in UTC; both databases keep microseconds. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
