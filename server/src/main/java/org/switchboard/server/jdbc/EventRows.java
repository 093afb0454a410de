package org.switchboard.server.jdbc;

import static org.switchboard.server.jdbc.ConversationRows.instant;
import static org.switchboard.server.jdbc.ConversationRows.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code conversation_event} table, on a connection whose transaction the caller owns. */
final class EventRows {
    private static final String COLUMNS =
            "conversation_id, sequence, type, author, payload, created_at, client_message_id";

    private EventRows() {
    }

    /** Inserts the events as one JDBC batch. */
    static void insert(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation_event (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredEvent e : events) {
                ps.setLong(1, e.conversationId());
                ps.setLong(2, e.sequence());
                ps.setString(3, e.type());
                ps.setString(4, e.author().column());
                ps.setString(5, e.payload());
                ps.setObject(6, timestamp(e.createdAt()));
                ps.setString(7, e.clientMessageId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<StoredEvent> selectAfter(Connection c, long conversationId, long afterSequence, int limit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM conversation_event"
                + " WHERE conversation_id = ? AND sequence > ? ORDER BY sequence LIMIT ?")) {
            ps.setLong(1, conversationId);
            ps.setLong(2, afterSequence);
            ps.setInt(3, limit);
            return read(ps);
        }
    }

    static Optional<StoredEvent> selectByClientMessageId(Connection c, long conversationId, String clientMessageId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM conversation_event"
                + " WHERE conversation_id = ? AND client_message_id = ?")) {
            ps.setLong(1, conversationId);
            ps.setString(2, clientMessageId);
            return read(ps).stream().findFirst();
        }
    }

    private static List<StoredEvent> read(PreparedStatement ps) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Author.fromColumn(rs.getString(4)), rs.getString(5), instant(rs, 6), rs.getString(7)));
            }
        }
        return List.copyOf(events);
    }
}
