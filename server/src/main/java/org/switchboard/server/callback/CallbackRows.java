package org.switchboard.server.callback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of {@code callback} and {@code callback_slot}, on a connection whose transaction the caller owns. */
final class CallbackRows {
    private static final String COLUMNS = "id, reference, conversation_id, team, assigned_agent, starts_at, ends_at,"
            + " visitor_zone, language, contact_kind, contact, note, status, revision, created_at, updated_at";

    private CallbackRows() {
    }

    /**
     * Takes one place in the slot, if it has one free: creates the slot's row when it is the
     * first booking, then increments {@code booked} only while it is below {@code capacity}. Under
     * concurrent bookings the row lock queues them, and the database re-checks the condition for
     * each; the table's CHECK forbids more bookings than capacity in any case.
     */
    static boolean reserve(Connection c, String team, Instant start, int capacity) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO callback_slot (team, starts_at, capacity, booked)"
                + " VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")) {
            ps.setString(1, team);
            ps.setObject(2, timestamp(start));
            ps.setInt(3, capacity);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE callback_slot SET booked = booked + 1, capacity = ?"
                + " WHERE team = ? AND starts_at = ? AND booked < ?")) {
            ps.setInt(1, capacity);
            ps.setString(2, team);
            ps.setObject(3, timestamp(start));
            ps.setInt(4, capacity);
            return ps.executeUpdate() == 1;
        }
    }

    /** Gives a place in the slot back. */
    static void release(Connection c, String team, Instant start) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE callback_slot SET booked = booked - 1"
                + " WHERE team = ? AND starts_at = ? AND booked > 0")) {
            ps.setString(1, team);
            ps.setObject(2, timestamp(start));
            if (ps.executeUpdate() != 1) {
                throw new SQLException("slot " + team + " " + start + " holds no booking to release");
            }
        }
    }

    static long insert(Connection c, NewCallback n, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO callback (reference, token_hash, conversation_id, team,"
                + " starts_at, ends_at, visitor_zone, language, contact_kind, contact, note, status, revision, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', 0, ?, ?)", new String[] {"id"})) {
            ps.setString(1, n.reference());
            ps.setBytes(2, n.tokenHash());
            ps.setLong(3, n.conversationId());
            ps.setString(4, n.team());
            ps.setObject(5, timestamp(n.start()));
            ps.setObject(6, timestamp(n.end()));
            ps.setString(7, n.visitorZone().getId());
            ps.setString(8, n.language());
            ps.setString(9, n.contactKind().dbValue());
            ps.setString(10, n.contact());
            ps.setString(11, n.note());
            ps.setObject(12, timestamp(now));
            ps.setObject(13, timestamp(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new call back");
                }
                return keys.getLong(1);
            }
        }
    }

    static Optional<Callback> byId(Connection c, long id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    static Optional<Callback> byTokenHash(Connection c, byte[] hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE token_hash = ?")) {
            ps.setBytes(1, hash);
            return read(ps).stream().findFirst();
        }
    }

    static List<Callback> forConversation(Connection c, long conversationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE conversation_id = ?"
                + " ORDER BY created_at, id")) {
            ps.setLong(1, conversationId);
            return read(ps);
        }
    }

    static List<Callback> between(Connection c, String team, Instant from, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE team = ?"
                + " AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id")) {
            ps.setString(1, team);
            ps.setObject(2, timestamp(from));
            ps.setObject(3, timestamp(until));
            return read(ps);
        }
    }

    static Map<Instant, Integer> bookedCounts(Connection c, String team, Instant from, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT starts_at, booked FROM callback_slot WHERE team = ?"
                + " AND starts_at >= ? AND starts_at < ? AND booked > 0 ORDER BY starts_at")) {
            ps.setString(1, team);
            ps.setObject(2, timestamp(from));
            ps.setObject(3, timestamp(until));
            Map<Instant, Integer> counts = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(instant(rs, 1), rs.getInt(2));
                }
            }
            return counts;
        }
    }

    static void setStatus(Connection c, long id, CallbackStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE callback SET status = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, status.dbValue());
            ps.setObject(2, timestamp(now));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    static void move(Connection c, long id, Instant start, Instant end, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE callback SET starts_at = ?, ends_at = ?,"
                + " revision = revision + 1, updated_at = ? WHERE id = ?")) {
            ps.setObject(1, timestamp(start));
            ps.setObject(2, timestamp(end));
            ps.setObject(3, timestamp(now));
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    static boolean assign(Connection c, long id, String agent, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE callback SET assigned_agent = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, agent);
            ps.setObject(2, timestamp(now));
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static List<Callback> read(PreparedStatement ps) throws SQLException {
        List<Callback> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Callback(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        instant(rs, 6), instant(rs, 7), ZoneId.of(rs.getString(8)), rs.getString(9),
                        ContactKind.fromDb(rs.getString(10)), rs.getString(11), rs.getString(12),
                        CallbackStatus.fromDb(rs.getString(13)), rs.getInt(14), instant(rs, 15), instant(rs, 16)));
            }
        }
        return out;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
