package org.switchboard.server.staff;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.server.jdbc.Transactions;

/**
 * Staff sessions in {@code staff_session}: a random 256-bit id per signed-in browser, stored only
 * as its SHA-256. A session ends when it has not been used for the idle time, at the latest the
 * absolute time after sign-in, at sign-out, and when its account's password changes or the
 * account is disabled.
 *
 * <p>Use moves {@code last_seen_at} forward at most once a {@value #TOUCH_SECONDS} seconds, so
 * reading pages does not write to the database on every request; idle expiry is therefore
 * exact to that much. Thread-safe.
 */
final class Sessions {
    static final long TOUCH_SECONDS = 60;

    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration idle;
    private final Duration max;

    Sessions(Transactions transactions, Clock clock, SecureRandom random, Duration idle, Duration max) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.idle = Objects.requireNonNull(idle, "idle");
        this.max = Objects.requireNonNull(max, "max");
    }

    /** A new session: its id, the cookie's value (only its hash is stored), and who it is for. */
    record Created(String id, SignedIn signedIn) {
    }

    /** Starts a session for the account. */
    Created create(StaffAccount account) {
        long accountId = account.id();
        String id = SessionIds.generate(random);
        Instant now = now();
        transactions.write("start a session for staff account " + accountId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_session"
                    + " (id_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)")) {
                ps.setBytes(1, SessionIds.hash(id));
                ps.setLong(2, accountId);
                ps.setObject(3, StaffRepository.timestamp(now));
                ps.setObject(4, StaffRepository.timestamp(now));
                ps.executeUpdate();
            }
            return null;
        });
        return new Created(id, new SignedIn(account, SessionIds.csrfToken(id), min(now.plus(idle), now.plus(max))));
    }

    /**
     * The session with this id when it is live and its account enabled; else empty (and an
     * expired session is deleted).
     */
    Optional<SignedIn> find(String id) {
        if (!SessionIds.wellFormed(id)) {
            return Optional.empty();
        }
        byte[] hash = SessionIds.hash(id);
        Instant now = now();
        Optional<Row> row = transactions.read("find a staff session", c -> select(c, hash));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        Instant expiresAt = min(r.lastSeen.plus(idle), r.created.plus(max));
        if (!now.isBefore(expiresAt) || r.account.disabled()) {
            delete(id);
            return Optional.empty();
        }
        if (Duration.between(r.lastSeen, now).toSeconds() >= TOUCH_SECONDS) {
            touch(hash, now);
            expiresAt = min(now.plus(idle), r.created.plus(max));
        }
        return Optional.of(new SignedIn(r.account, SessionIds.csrfToken(id), expiresAt));
    }

    /** Ends the session; nothing happens when there is none. */
    void delete(String id) {
        if (!SessionIds.wellFormed(id)) {
            return;
        }
        byte[] hash = SessionIds.hash(id);
        transactions.write("end a staff session", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_session WHERE id_hash = ?")) {
                ps.setBytes(1, hash);
                return ps.executeUpdate();
            }
        });
    }

    /** Deletes every session that has expired; returns how many. */
    int deleteExpired() {
        Instant now = now();
        return transactions.write("delete expired staff sessions", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM staff_session WHERE last_seen_at <= ? OR created_at <= ?")) {
                ps.setObject(1, StaffRepository.timestamp(now.minus(idle)));
                ps.setObject(2, StaffRepository.timestamp(now.minus(max)));
                return ps.executeUpdate();
            }
        });
    }

    /** Ends every session of the account, in the caller's transaction. */
    static void deleteAll(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_session WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            ps.executeUpdate();
        }
    }

    private void touch(byte[] hash, Instant now) {
        transactions.write("note the use of a staff session", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff_session SET last_seen_at = ? WHERE id_hash = ? AND last_seen_at < ?")) {
                ps.setObject(1, StaffRepository.timestamp(now));
                ps.setBytes(2, hash);
                ps.setObject(3, StaffRepository.timestamp(now));
                return ps.executeUpdate();
            }
        });
    }

    private record Row(StaffAccount account, Instant created, Instant lastSeen) {
    }

    private static Optional<Row> select(Connection c, byte[] hash) throws SQLException {
        long accountId;
        Instant created;
        Instant lastSeen;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT account_id, created_at, last_seen_at FROM staff_session WHERE id_hash = ?")) {
            ps.setBytes(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                accountId = rs.getLong(1);
                created = rs.getObject(2, OffsetDateTime.class).toInstant();
                lastSeen = rs.getObject(3, OffsetDateTime.class).toInstant();
            }
        }
        return StaffRepository.selectById(c, accountId).map(account -> new Row(account, created, lastSeen));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
