package org.switchboard.server.jdbc;

import static org.switchboard.server.jdbc.ConversationRows.instant;
import static org.switchboard.server.jdbc.ConversationRows.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the {@code handoff} table, on a connection whose transaction the caller owns. */
final class HandoffRows {
    private static final String COLUMNS = "id, conversation_id, team, reason, topic, language, first_message, requested_at,"
            + " picked_up_at, agent_id, agent_name, ended_at, outcome";
    private static final String WAITING = "picked_up_at IS NULL AND ended_at IS NULL";

    private HandoffRows() {
    }

    static long insert(Connection c, long conversationId, String team, String reason, String topic, String language,
                       String firstMessage, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO handoff"
                + " (conversation_id, team, reason, topic, language, first_message, requested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setLong(1, conversationId);
            ps.setString(2, team);
            ps.setString(3, reason);
            ps.setString(4, topic);
            ps.setString(5, language);
            ps.setString(6, firstMessage);
            ps.setObject(7, timestamp(at));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new handoff");
                }
                return keys.getLong(1);
            }
        }
    }

    static List<Handoff> waiting(Connection c, String team) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM handoff WHERE team = ? AND " + WAITING
                + " ORDER BY requested_at, id")) {
            ps.setString(1, team);
            return read(ps);
        }
    }

    /**
     * How many of the waiting requests of {@code h}'s team come before it or are it (in the
     * order of {@link #waiting}): its place in the line, counted on the index rather than read.
     */
    static int waitingUpTo(Connection c, Handoff h) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM handoff WHERE team = ? AND " + WAITING
                + " AND (requested_at < ? OR (requested_at = ? AND id <= ?))")) {
            ps.setString(1, h.team());
            ps.setObject(2, timestamp(h.requestedAt()));
            ps.setObject(3, timestamp(h.requestedAt()));
            ps.setLong(4, h.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static List<Handoff> waitingForConversation(Connection c, long conversationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM handoff WHERE conversation_id = ? AND "
                + WAITING + " ORDER BY requested_at, id")) {
            ps.setLong(1, conversationId);
            return read(ps);
        }
    }

    static List<Handoff> forConversation(Connection c, long conversationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM handoff WHERE conversation_id = ?"
                + " ORDER BY requested_at, id")) {
            ps.setLong(1, conversationId);
            return read(ps);
        }
    }

    static List<Handoff> activeFor(Connection c, long agentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id, h.conversation_id, h.team, h.reason, h.topic, h.language,"
                + " h.first_message, h.requested_at, h.picked_up_at, h.agent_id, h.agent_name, h.ended_at, h.outcome"
                + " FROM handoff h JOIN conversation c ON c.id = h.conversation_id"
                + " WHERE h.agent_id = ? AND c.status = 'WITH_AGENT'"
                + " AND h.id = (SELECT MAX(x.id) FROM handoff x WHERE x.conversation_id = h.conversation_id)"
                + " ORDER BY h.picked_up_at")) {
            ps.setLong(1, agentId);
            return read(ps);
        }
    }

    static List<Handoff> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM handoff WHERE id = ?")) {
            ps.setLong(1, id);
            return read(ps);
        }
    }

    /** Picked up since {@code since}, newest first. */
    static List<Handoff> pickedUpSince(Connection c, String team, Instant since, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM handoff WHERE team = ?"
                + " AND picked_up_at IS NOT NULL AND picked_up_at >= ? ORDER BY picked_up_at DESC, id DESC LIMIT ?")) {
            ps.setString(1, team);
            ps.setObject(2, timestamp(since));
            ps.setInt(3, limit);
            return read(ps);
        }
    }

    /** Takes a waiting handoff; false when it was no longer waiting (someone else won). */
    static boolean pickUp(Connection c, long id, long agentId, String agentName, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE handoff SET picked_up_at = ?, agent_id = ?, agent_name = ?,"
                + " outcome = 'picked_up' WHERE id = ? AND " + WAITING)) {
            ps.setObject(1, timestamp(at));
            ps.setLong(2, agentId);
            ps.setString(3, agentName);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Ends the conversation's waiting handoffs without a pick-up; the number ended. */
    static int end(Connection c, long conversationId, String outcome, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE handoff SET ended_at = ?, outcome = ?"
                + " WHERE conversation_id = ? AND " + WAITING)) {
            ps.setObject(1, timestamp(at));
            ps.setString(2, outcome);
            ps.setLong(3, conversationId);
            return ps.executeUpdate();
        }
    }

    private static List<Handoff> read(PreparedStatement ps) throws SQLException {
        List<Handoff> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long agent = rs.getLong(10);
                Long agentId = rs.wasNull() ? null : agent;
                out.add(new Handoff(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), instant(rs, 8), nullable(rs, 9), agentId, rs.getString(11),
                        nullable(rs, 12), rs.getString(13)));
            }
        }
        return out;
    }

    private static Instant nullable(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
