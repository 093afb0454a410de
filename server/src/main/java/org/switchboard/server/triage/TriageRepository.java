package org.switchboard.server.triage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.server.jdbc.Transactions;

/**
 * The desk's storage (V7): status, assignee and version on {@code mention}, the action log
 * ({@code mention_action}, notes included), label corrections ({@code mention_correction}) and
 * the case link. Every change names the version the person saw and is one conditional
 * {@code UPDATE … WHERE version = ?} plus its log row, in one transaction: when a teammate
 * changed the mention first, nothing is written and {@link StaleMentionException} says so.
 * Thread-safe.
 */
public final class TriageRepository {
    /** One row of the corrections export: the mention's id and text and the team's label. */
    public record Correction(long mentionId, String text, String label) {
    }

    private final Transactions transactions;
    private final Clock clock;

    public TriageRepository(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The ids of the mentions that pass the filter: highest priority first, then oldest. */
    public List<Long> find(MentionFilter filter, int limit) {
        return transactions.read("find mentions", c -> {
            List<Object> params = new ArrayList<>();
            String sql = "SELECT m.id FROM mention m " + filter.where(params)
                    + " ORDER BY m.priority DESC, m.posted_at, m.id LIMIT " + Math.max(1, limit);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The desk's state of one mention; empty when there is no such mention. */
    public Optional<TriageState> state(long mentionId) {
        return transactions.read("read the triage state of mention " + mentionId, c -> state(c, mentionId));
    }

    /** Gives the mention to {@code assignee} (null: to nobody). */
    public TriageState assign(long mentionId, int version, String assignee, String by) {
        return change(mentionId, version, "assign mention", c -> {
            update(c, mentionId, version, "assignee = ?", assignee);
            log(c, mentionId, by, "assigned", assignee, null, null, null);
        });
    }

    /**
     * Sets the status with its particulars: {@code responded} (reply text, link), {@code ignored}
     * (reason), {@code escalated} (contact), {@code new} (reopened).
     */
    public TriageState setStatus(long mentionId, int version, String status, String by, String text, String link, String reason,
                                 String contact) {
        if (!MentionFilter.STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown status '" + status + "'");
        }
        return change(mentionId, version, "set the status of mention", c -> {
            update(c, mentionId, version, "status = ?", status);
            log(c, mentionId, by, status.equals("new") ? "reopened" : status, text, link, reason, contact);
        });
    }

    /** Adds a note; notes never conflict, but the version still grows so every page hears of it. */
    public TriageState note(long mentionId, String by, String text) {
        return change(mentionId, null, "add a note to mention", c -> {
            update(c, mentionId, null, null, null);
            log(c, mentionId, by, "note", text, null, null, null);
        });
    }

    /** Records the team's label for a task ({@code complaint}: complaint/not_complaint; {@code sentiment}: negative/neutral/positive). */
    public TriageState correct(long mentionId, int version, String task, String label, String by) {
        return change(mentionId, version, "correct a label of mention", c -> {
            update(c, mentionId, version, null, null);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mention_correction WHERE mention_id = ? AND task = ?")) {
                ps.setLong(1, mentionId);
                ps.setString(2, task);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention_correction (mention_id, task, label, staff, at)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, mentionId);
                ps.setString(2, task);
                ps.setString(3, label);
                ps.setString(4, by);
                ps.setObject(5, utc(clock.instant()));
                ps.executeUpdate();
            }
            log(c, mentionId, by, "corrected", task + ": " + label, null, null, null);
        });
    }

    /** Links the case (a conversation) opened from the mention; at most once. */
    public TriageState linkCase(long mentionId, int version, long conversationId, String by) {
        return change(mentionId, version, "link a case to mention", c -> {
            update(c, mentionId, version, "case_conversation_id = ?", conversationId);
            log(c, mentionId, by, "case_opened", null, null, null, null);
        });
    }

    /** Every correction of one task, oldest mention first: training labels for {@code listener train}. */
    public List<Correction> corrections(String task) {
        return transactions.read("read label corrections", c -> {
            List<Correction> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.text, k.label FROM mention_correction k"
                    + " JOIN mention m ON m.id = k.mention_id WHERE k.task = ? ORDER BY m.id")) {
                ps.setString(1, task);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Correction(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    private interface Change {
        void run(Connection c) throws SQLException;
    }

    private TriageState change(long mentionId, Integer version, String what, Change change) {
        return transactions.write(what + " " + mentionId, c -> {
            change.run(c);
            return state(c, mentionId).orElseThrow();
        });
    }

    /** {@code SET version = version + 1[, set]} where the version is the one seen; else stale or unknown. */
    private static void update(Connection c, long mentionId, Integer version, String set, Object value) throws SQLException {
        String sql = "UPDATE mention SET version = version + 1" + (set == null ? "" : ", " + set) + " WHERE id = ?"
                + (version == null ? "" : " AND version = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (set != null) {
                if (value instanceof Long l) {
                    ps.setLong(i++, l);
                } else {
                    ps.setString(i++, (String) value);
                }
            }
            ps.setLong(i++, mentionId);
            if (version != null) {
                ps.setInt(i, version);
            }
            if (ps.executeUpdate() == 0) {
                if (exists(c, mentionId)) {
                    throw new StaleMentionException(mentionId);
                }
                throw new java.util.NoSuchElementException("no mention with id " + mentionId);
            }
        }
    }

    private static boolean exists(Connection c, long mentionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mention WHERE id = ?")) {
            ps.setLong(1, mentionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void log(Connection c, long mentionId, String by, String action, String text, String link, String reason,
                     String contact) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention_action (mention_id, staff, action, text, link, reason,"
                + " contact, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, mentionId);
            ps.setString(2, by);
            ps.setString(3, action);
            ps.setString(4, text);
            ps.setString(5, link);
            ps.setString(6, reason);
            ps.setString(7, contact);
            ps.setObject(8, utc(clock.instant()));
            ps.executeUpdate();
        }
    }

    private static Optional<TriageState> state(Connection c, long mentionId) throws SQLException {
        String status;
        String assignee;
        int version;
        Long caseId;
        try (PreparedStatement ps = c.prepareStatement("SELECT status, assignee, version, case_conversation_id FROM mention"
                + " WHERE id = ?")) {
            ps.setLong(1, mentionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                status = rs.getString(1);
                assignee = rs.getString(2);
                version = rs.getInt(3);
                long id = rs.getLong(4);
                caseId = rs.wasNull() ? null : id;
            }
        }
        Map<String, String> corrections = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT task, label FROM mention_correction WHERE mention_id = ? ORDER BY task")) {
            ps.setLong(1, mentionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    corrections.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<TriageState.Action> actions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT staff, action, text, link, reason, contact, at FROM mention_action"
                + " WHERE mention_id = ? ORDER BY id")) {
            ps.setLong(1, mentionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(new TriageState.Action(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return Optional.of(new TriageState(mentionId, status, assignee, version, caseId, corrections, actions));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
