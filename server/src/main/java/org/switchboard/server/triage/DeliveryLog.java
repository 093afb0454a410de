package org.switchboard.server.triage;

import static org.switchboard.server.triage.SurgeRepository.instant;
import static org.switchboard.server.triage.SurgeRepository.utc;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.server.jdbc.Transactions;

/**
 * The outgoing webhook's delivery log ({@code triage_delivery} and {@code triage_delivery_attempt},
 * V8): one row per delivery (event, subject, URL, attempts, outcome) and one per attempt (when,
 * HTTP status, error). Thread-safe.
 */
public final class DeliveryLog {
    /** A delivery's outcome: still being tried, delivered, or given up. */
    public enum Outcome {
        PENDING, DELIVERED, FAILED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Transactions transactions;

    public DeliveryLog(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Files a new delivery before its first attempt; returns its row id. */
    public long open(String deliveryId, String event, String subject, URI url, Instant now) {
        return transactions.write("log webhook delivery " + deliveryId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO triage_delivery (delivery_id, event, subject, url, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, deliveryId);
                ps.setString(2, event);
                ps.setString(3, subject);
                ps.setString(4, url.toString());
                ps.setObject(5, utc(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Records attempt {@code n}: its HTTP status (0: no answer) and error (null when delivered),
     * and the delivery's outcome after it.
     */
    public void attempt(long id, int n, Instant at, int status, String error, Outcome outcome) {
        transactions.write("log webhook attempt", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO triage_delivery_attempt (delivery, attempt, attempted_at,"
                    + " status, error) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setInt(2, n);
                ps.setObject(3, utc(at));
                ps.setInt(4, status);
                ps.setString(5, error);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE triage_delivery SET attempts = ?, outcome = ?, last_status = ?,"
                    + " last_error = ?, finished_at = ? WHERE id = ?")) {
                ps.setInt(1, n);
                ps.setString(2, outcome.code());
                ps.setInt(3, status);
                ps.setString(4, error);
                if (outcome == Outcome.PENDING) {
                    ps.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setObject(5, utc(at));
                }
                ps.setLong(6, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Marks a pending delivery failed without another attempt (the server is stopping). */
    public void giveUp(long id, String why, Instant at) {
        transactions.write("give up a webhook delivery", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE triage_delivery SET outcome = 'failed', last_error = ?,"
                    + " finished_at = ? WHERE id = ? AND outcome = 'pending'")) {
                ps.setString(1, why);
                ps.setObject(2, utc(at));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Marks failed every delivery still pending from before {@code before}: at start, the retries
     * of a server that stopped are not resumed. Returns how many.
     */
    public int abandonPending(Instant before) {
        return transactions.write("abandon pending webhook deliveries", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE triage_delivery SET outcome = 'failed',"
                    + " last_error = 'the server stopped before it was delivered', finished_at = ?"
                    + " WHERE outcome = 'pending' AND created_at < ?")) {
                ps.setObject(1, utc(before));
                ps.setObject(2, utc(before));
                return ps.executeUpdate();
            }
        });
    }

    /**
     * The latest deliveries, newest first, each {@code {delivery_id, event, subject, url, created_at,
     * attempts, outcome, last_status, last_error, finished_at, tries: [{attempt, at, status, error}]}}.
     */
    public List<Map<String, Object>> recent(int limit) {
        return transactions.read("read the webhook delivery log", c -> {
            Map<Long, Map<String, Object>> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, delivery_id, event, subject, url, created_at, attempts,"
                    + " outcome, last_status, last_error, finished_at FROM triage_delivery ORDER BY created_at DESC, id DESC"
                    + " LIMIT " + Math.max(1, limit));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("delivery_id", rs.getString(2));
                    o.put("event", rs.getString(3));
                    o.put("subject", rs.getString(4));
                    o.put("url", rs.getString(5));
                    o.put("created_at", instant(rs, 6).toString());
                    o.put("attempts", rs.getInt(7));
                    o.put("outcome", rs.getString(8));
                    int status = rs.getInt(9);
                    o.put("last_status", rs.wasNull() ? null : status);
                    o.put("last_error", rs.getString(10));
                    Instant finished = instant(rs, 11);
                    o.put("finished_at", finished == null ? null : finished.toString());
                    o.put("tries", new ArrayList<Map<String, Object>>());
                    rows.put(rs.getLong(1), o);
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            String ids = String.join(",", rows.keySet().stream().map(String::valueOf).toList());
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT delivery, attempt, attempted_at, status, error FROM triage_delivery_attempt"
                         + " WHERE delivery IN (" + ids + ") ORDER BY delivery, attempt")) {
                while (rs.next()) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("attempt", rs.getInt(2));
                    a.put("at", instant(rs, 3).toString());
                    a.put("status", rs.getInt(4));
                    a.put("error", rs.getString(5));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> tries = (List<Map<String, Object>>) rows.get(rs.getLong(1)).get("tries");
                    tries.add(a);
                }
            }
            return new ArrayList<>(rows.values());
        });
    }
}
