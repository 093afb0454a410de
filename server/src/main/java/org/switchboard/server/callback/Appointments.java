package org.switchboard.server.callback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.server.jdbc.Transactions;

/**
 * Keeping booked call backs: the agents' list, claiming (one winner), starting the call, the
 * outcome with its note and {@link Punctuality}, the once-only reminder and escalation marks, and
 * the service levels for a period. Every change is one transaction; claims and marks are
 * conditional UPDATEs, so of several agents (or nodes) exactly one wins. Thread-safe.
 *
 * <pre>{@code
 * if (appointments.claim(id, "ana")) { appointments.startCall(id, "ana"); }
 * appointments.complete(id, "ana", CallbackOutcome.DONE, "sorted the refund", null, keptWithin);
 * appointments.serviceLevels(monday, nextMonday, null).keptRate();
 * }</pre>
 */
public final class Appointments {
    private static final String COLUMNS = "id, reference, conversation_id, team, assigned_agent, starts_at, ends_at,"
            + " visitor_zone, language, contact_kind, contact, note, status, revision, created_at, updated_at,"
            + " claimed_at, call_started_at, reminded_at, escalated_at";

    private final Transactions transactions;
    private final Clock clock;

    public Appointments(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What came of recording an outcome. */
    public enum Recorded {
        /** Stored (and, for a new time, moved). */
        RECORDED,
        /** Not booked any more (done, cancelled…): nothing changed. */
        NOT_BOOKED,
        /** Claimed by another agent, or by nobody: claim it first. */
        NOT_YOURS,
        /** The new slot is full: nothing changed. */
        SLOT_FULL
    }

    /** A free slot to move a call back to. */
    public record NewTime(Instant start, Instant end, int capacity) {
        public NewTime {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start) || capacity < 1) {
                throw new IllegalArgumentException("bad slot " + start + " .. " + end + " of capacity " + capacity);
            }
        }
    }

    /** Booked call backs of every team promised in {@code from} (inclusive) .. {@code until}, soonest first. */
    public List<Appointment> booked(Instant from, Instant until) {
        return transactions.read("list the booked call backs", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE status = 'booked'"
                    + " AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id")) {
                ps.setObject(1, CallbackRows.timestamp(from));
                ps.setObject(2, CallbackRows.timestamp(until));
                return read(ps);
            }
        });
    }

    public Optional<Appointment> find(long id) {
        return transactions.read("find call back " + id, c -> byId(c, id, false));
    }

    /**
     * Claims a booked call back for the agent: of several agents claiming it at once exactly one
     * wins. Claiming one already yours is a success.
     *
     * @return false when another agent has it, or it is not booked
     */
    public boolean claim(long id, String agent) {
        Objects.requireNonNull(agent, "agent");
        Instant now = clock.instant();
        return transactions.write("claim call back " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE callback SET assigned_agent = ?,"
                    + " claimed_at = COALESCE(claimed_at, ?), updated_at = ? WHERE id = ? AND status = 'booked'"
                    + " AND (assigned_agent IS NULL OR assigned_agent = ?)")) {
                ps.setString(1, agent);
                ps.setObject(2, CallbackRows.timestamp(now));
                ps.setObject(3, CallbackRows.timestamp(now));
                ps.setLong(4, id);
                ps.setString(5, agent);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Marks the call as begun (in progress) by the agent who has it; the first time counts.
     *
     * @return false when it is not booked or not the agent's
     */
    public boolean startCall(long id, String agent) {
        Instant now = clock.instant();
        return transactions.write("start calling call back " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE callback SET call_started_at = COALESCE(call_started_at, ?),"
                    + " updated_at = ? WHERE id = ? AND status = 'booked' AND assigned_agent = ?")) {
                ps.setObject(1, CallbackRows.timestamp(now));
                ps.setObject(2, CallbackRows.timestamp(now));
                ps.setLong(3, id);
                ps.setString(4, agent);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Records what came of the call, with the agent's note, in one transaction. {@code DONE} and
     * {@code NO_ANSWER} without a new time end the call back and free its place; {@code
     * RESCHEDULED} (which needs a new time) and {@code NO_ANSWER} with one move it to that slot:
     * it stays booked and claimed, its reminder and escalation start over, the visitor's manage
     * link and calendar entry follow (the revision goes up).
     *
     * @param newTime    the slot to move to, or null
     * @param keptWithin how long after the promised time a call still counts as kept
     */
    public Recorded complete(long id, String agent, CallbackOutcome outcome, String note, NewTime newTime, Duration keptWithin) {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == CallbackOutcome.RESCHEDULED && newTime == null) {
            throw new IllegalArgumentException("a rescheduled call back needs a new time");
        }
        if (outcome == CallbackOutcome.DONE && newTime != null) {
            throw new IllegalArgumentException("a call back that is done takes no new time");
        }
        Instant now = clock.instant();
        return transactions.write("record the outcome of call back " + id, c -> {
            Optional<Appointment> found = byId(c, id, true);
            if (found.isEmpty() || !found.get().callback().booked()) {
                return Recorded.NOT_BOOKED;
            }
            Callback cb = found.get().callback();
            if (!agent.equals(cb.assignedAgent())) {
                return Recorded.NOT_YOURS;
            }
            if (newTime != null && !newTime.start().equals(cb.start())) {
                if (!CallbackRows.reserve(c, cb.team(), newTime.start(), newTime.capacity())) {
                    return Recorded.SLOT_FULL;
                }
                CallbackRows.release(c, cb.team(), cb.start());
                CallbackRows.move(c, id, newTime.start(), newTime.end(), now);
                try (PreparedStatement ps = c.prepareStatement("UPDATE callback SET call_started_at = NULL,"
                        + " reminded_at = NULL, escalated_at = NULL WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            } else if (newTime == null) {
                CallbackRows.release(c, cb.team(), cb.start());
                CallbackRows.setStatus(c, id, outcome == CallbackOutcome.DONE ? CallbackStatus.DONE : CallbackStatus.NO_ANSWER, now);
            }
            Punctuality p = Punctuality.of(outcome, cb.start(), now, keptWithin);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO callback_outcome (callback_id, team, agent, promised_at,"
                    + " completed_at, outcome, service_level, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, cb.team());
                ps.setString(3, agent);
                ps.setObject(4, CallbackRows.timestamp(cb.start()));
                ps.setObject(5, CallbackRows.timestamp(now));
                ps.setString(6, outcome.dbValue());
                ps.setString(7, p.dbValue());
                ps.setString(8, note == null || note.isBlank() ? null : note.strip());
                ps.executeUpdate();
            }
            return Recorded.RECORDED;
        });
    }

    /** The outcomes stored for the call back, oldest first. */
    public List<RecordedOutcome> outcomes(long callbackId) {
        return transactions.read("list the outcomes of call back " + callbackId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT callback_id, team, agent, promised_at, completed_at, outcome,"
                    + " service_level, note FROM callback_outcome WHERE callback_id = ? ORDER BY id")) {
                ps.setLong(1, callbackId);
                List<RecordedOutcome> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RecordedOutcome(rs.getLong(1), rs.getString(2), rs.getString(3), CallbackRows.instant(rs, 4),
                                CallbackRows.instant(rs, 5), CallbackOutcome.parse(rs.getString(6)),
                                Punctuality.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)), rs.getString(8)));
                    }
                }
                return out;
            }
        });
    }

    /** Booked call backs promised by {@code now + lead} whose reminder has not gone out, soonest first. */
    public List<Appointment> dueForReminder(Instant now, Duration lead) {
        return transactions.read("list the call backs to remind", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE status = 'booked'"
                    + " AND reminded_at IS NULL AND starts_at <= ? ORDER BY starts_at, id")) {
                ps.setObject(1, CallbackRows.timestamp(now.plus(lead)));
                return read(ps);
            }
        });
    }

    /** Booked call backs not done {@code after} their promised time and not yet escalated, soonest first. */
    public List<Appointment> overdue(Instant now, Duration after) {
        return transactions.read("list the overdue call backs", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE status = 'booked'"
                    + " AND escalated_at IS NULL AND starts_at <= ? ORDER BY starts_at, id")) {
                ps.setObject(1, CallbackRows.timestamp(now.minus(after)));
                return read(ps);
            }
        });
    }

    /** Marks the reminder as sent; false when it already was (another node, another tick): send nothing. */
    public boolean markReminded(long id) {
        return mark(id, "reminded_at");
    }

    /** Marks the escalation as sent; false when it already was. */
    public boolean markEscalated(long id) {
        return mark(id, "escalated_at");
    }

    private boolean mark(long id, String column) {
        Instant now = clock.instant();
        return transactions.write("mark call back " + id + " " + column, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE callback SET " + column + " = ? WHERE id = ?"
                    + " AND " + column + " IS NULL AND status = 'booked'")) {
                ps.setObject(1, CallbackRows.timestamp(now));
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * The service levels of the call backs promised in {@code from} (inclusive) .. {@code until}.
     *
     * @param team one team, or null for all
     */
    public ServiceLevels serviceLevels(Instant from, Instant until, String team) {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("the period must end after it starts: " + from + " .. " + until);
        }
        return transactions.read("count the call back service levels", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT service_level, COUNT(*) FROM callback_outcome"
                    + " WHERE promised_at >= ? AND promised_at < ?" + (team != null ? " AND team = ?" : "")
                    + " GROUP BY service_level")) {
                ps.setObject(1, CallbackRows.timestamp(from));
                ps.setObject(2, CallbackRows.timestamp(until));
                if (team != null) {
                    ps.setString(3, team);
                }
                int kept = 0;
                int late = 0;
                int noShow = 0;
                int moved = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int n = rs.getInt(2);
                        switch (rs.getString(1)) {
                            case "kept" -> kept = n;
                            case "late" -> late = n;
                            case "no_show" -> noShow = n;
                            default -> moved = n;
                        }
                    }
                }
                return new ServiceLevels(from, until, kept, late, noShow, moved);
            }
        });
    }

    private static Optional<Appointment> byId(Connection c, long id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    private static List<Appointment> read(PreparedStatement ps) throws SQLException {
        List<Appointment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Callback cb = new Callback(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        CallbackRows.instant(rs, 6), CallbackRows.instant(rs, 7), ZoneId.of(rs.getString(8)), rs.getString(9),
                        ContactKind.fromDb(rs.getString(10)), rs.getString(11), rs.getString(12),
                        CallbackStatus.fromDb(rs.getString(13)), rs.getInt(14), CallbackRows.instant(rs, 15),
                        CallbackRows.instant(rs, 16));
                out.add(new Appointment(cb, nullable(rs, 17), nullable(rs, 18), nullable(rs, 19), nullable(rs, 20)));
            }
        }
        return out;
    }

    private static Instant nullable(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
