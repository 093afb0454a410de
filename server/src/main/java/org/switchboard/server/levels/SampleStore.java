package org.switchboard.server.levels;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.switchboard.server.jdbc.Transactions;

/** Reads the samples of a measure from the stored events; the same SQL on H2 and PostgreSQL. */
public final class SampleStore {
    private final Transactions transactions;

    public SampleStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The samples of {@code measure} whose time ({@link Sample#at()}) is in [from, until), as of {@code now}. */
    public List<Sample> samples(Measure measure, Instant from, Instant until, Instant now) {
        return switch (measure) {
            case BOT_ACK -> acks(from, until);
            case HANDOFF_PICKUP -> handoffs(from, until, now);
            case CALLBACK_PUNCTUALITY -> callbacks(from, until, now);
            case MENTION_RESPONSE -> mentions(from, until, now, false);
            case COMPLAINT_RESPONSE -> mentions(from, until, now, true);
        };
    }

    private List<Sample> acks(Instant from, Instant until) {
        return transactions.read("read acknowledgement times", c -> {
            List<Sample> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, conversation_id, acked_at, latency_ms FROM chat_ack"
                    + " WHERE acked_at >= ? AND acked_at < ? ORDER BY acked_at, id")) {
                ps.setObject(1, utc(from));
                ps.setObject(2, utc(until));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Sample("chat_ack", rs.getLong(1), rs.getLong(2), instant(rs, 3),
                                Duration.ofNanos(Math.round(rs.getDouble(4) * 1e6)), false));
                    }
                }
            }
            return out;
        });
    }

    private List<Sample> handoffs(Instant from, Instant until, Instant now) {
        return transactions.read("read handoff pick-up times", c -> {
            List<Sample> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, conversation_id, requested_at, picked_up_at, ended_at"
                    + " FROM handoff WHERE requested_at >= ? AND requested_at < ? ORDER BY requested_at, id")) {
                ps.setObject(1, utc(from));
                ps.setObject(2, utc(until));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant requested = instant(rs, 3);
                        Instant picked = instant(rs, 4);
                        Instant ended = instant(rs, 5);
                        Instant end = picked != null ? picked : ended != null ? ended : now;
                        out.add(new Sample("handoff", rs.getLong(1), rs.getLong(2), requested, nonNegative(requested, end), picked == null,
                                picked == null && ended == null));
                    }
                }
            }
            return out;
        });
    }

    private List<Sample> callbacks(Instant from, Instant until, Instant now) {
        return transactions.read("read call back punctuality", c -> {
            List<Sample> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.id, cb.conversation_id, o.promised_at, o.completed_at"
                    + " FROM callback_outcome o JOIN callback cb ON cb.id = o.callback_id"
                    + " WHERE o.promised_at >= ? AND o.promised_at < ? AND o.outcome <> 'rescheduled' ORDER BY o.promised_at, o.id")) {
                ps.setObject(1, utc(from));
                ps.setObject(2, utc(until));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant promised = instant(rs, 3);
                        Instant done = instant(rs, 4);
                        Duration off = Duration.between(promised, done).abs();
                        out.add(new Sample("callback_outcome", rs.getLong(1), rs.getLong(2), promised, off, false));
                    }
                }
            }
            // promised, still booked, no call recorded: late by now, a breach once over the limit
            try (PreparedStatement ps = c.prepareStatement("SELECT cb.id, cb.conversation_id, cb.starts_at FROM callback cb"
                    + " WHERE cb.status = 'booked' AND cb.starts_at >= ? AND cb.starts_at < ? AND cb.starts_at < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM callback_outcome o WHERE o.callback_id = cb.id AND o.promised_at = cb.starts_at)"
                    + " ORDER BY cb.starts_at, cb.id")) {
                ps.setObject(1, utc(from));
                ps.setObject(2, utc(until));
                ps.setObject(3, utc(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant promised = instant(rs, 3);
                        out.add(new Sample("callback", rs.getLong(1), rs.getLong(2), promised, nonNegative(promised, now), true));
                    }
                }
            }
            return out;
        });
    }

    private List<Sample> mentions(Instant from, Instant until, Instant now, boolean complaintsOnly) {
        return transactions.read("read mention response times", c -> {
            List<Sample> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.case_conversation_id, m.posted_at, m.status, m.complaint,"
                    + " (SELECT MIN(a.at) FROM mention_action a WHERE a.mention_id = m.id AND a.action = 'responded'),"
                    + " (SELECT k.label FROM mention_correction k WHERE k.mention_id = m.id AND k.task = 'complaint')"
                    + " FROM mention m WHERE m.posted_at >= ? AND m.posted_at < ? ORDER BY m.posted_at, m.id")) {
                ps.setObject(1, utc(from));
                ps.setObject(2, utc(until));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String corrected = rs.getString(7);
                        boolean complaint = corrected != null ? corrected.equals("complaint") : rs.getBoolean(5);
                        if (complaintsOnly && !complaint) {
                            continue;
                        }
                        Instant posted = instant(rs, 3);
                        Instant responded = instant(rs, 6);
                        if (responded == null && "ignored".equals(rs.getString(4))) {
                            continue;
                        }
                        long conversation = rs.getLong(2);
                        out.add(new Sample("mention", rs.getLong(1), conversation, posted,
                                nonNegative(posted, responded != null ? responded : now), responded == null));
                    }
                }
            }
            return out;
        });
    }

    private static Duration nonNegative(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
