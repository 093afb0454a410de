package org.switchboard.server.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.server.jdbc.Transactions;

/**
 * Counts failed logins per login name and per client address in {@code login_throttle} and
 * locks either out for a while (exponential backoff, {@link ThrottleConfig}). Kept in the
 * database, so a restart does not reset an attacker's count and several nodes share it.
 * A locked attempt is refused before its password is checked, so it costs no hashing and tells
 * nothing. Names that do not exist are counted like real ones: the answers do not reveal which
 * logins exist. Thread-safe.
 */
final class LoginThrottle {
    enum Kind {
        ACCOUNT, ADDRESS;

        String code() {
            return this == ACCOUNT ? "account" : "address";
        }
    }

    private final Transactions transactions;
    private final Clock clock;
    private final ThrottleConfig config;

    LoginThrottle(Transactions transactions, Clock clock, ThrottleConfig config) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * How long attempts for this name or from this address must still wait, the longer of the
     * two; empty when neither is locked.
     *
     * @param login   the normalised login, or null when it is not a valid login (then only the
     *                address counts)
     */
    Optional<Duration> lockedFor(String login, String address) {
        Instant now = now();
        return transactions.read("check login throttling", c -> {
            Duration wait = Duration.ZERO;
            if (login != null) {
                wait = max(wait, remaining(c, Kind.ACCOUNT, login, now));
            }
            wait = max(wait, remaining(c, Kind.ADDRESS, address, now));
            return wait.isZero() ? Optional.empty() : Optional.of(wait);
        });
    }

    /** Counts a failed attempt for the name (when not null) and the address. */
    void failed(String login, String address) {
        Instant now = now();
        transactions.write("count a failed login", c -> {
            if (login != null) {
                count(c, Kind.ACCOUNT, login, config.accountFailures(), now);
            }
            count(c, Kind.ADDRESS, address, config.addressFailures(), now);
            forgetOld(c, now);
            return null;
        });
    }

    /** A login succeeded: the name's failures are forgotten (the address's are not). */
    void succeeded(String login) {
        transactions.write("clear failed logins of '" + login + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE kind = ? AND subject = ?")) {
                ps.setString(1, Kind.ACCOUNT.code());
                ps.setString(2, login);
                return ps.executeUpdate();
            }
        });
    }

    private Duration remaining(Connection c, Kind kind, String subject, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT locked_until FROM login_throttle WHERE kind = ? AND subject = ?")) {
            ps.setString(1, kind.code());
            ps.setString(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Duration.ZERO;
                }
                OffsetDateTime until = rs.getObject(1, OffsetDateTime.class);
                return until == null || !until.toInstant().isAfter(now) ? Duration.ZERO
                        : Duration.between(now, until.toInstant());
            }
        }
    }

    private void count(Connection c, Kind kind, String subject, int threshold, Instant now) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT failures, last_failure_at FROM login_throttle"
                    + " WHERE kind = ? AND subject = ? FOR UPDATE")) {
                ps.setString(1, kind.code());
                ps.setString(2, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Instant last = rs.getObject(2, OffsetDateTime.class).toInstant();
                        int failures = last.plus(config.forgetAfter()).isAfter(now) ? rs.getInt(1) + 1 : 1;
                        update(c, kind, subject, failures, lockUntil(failures, threshold, now), now);
                        return;
                    }
                }
            }
            if (insert(c, kind, subject, lockUntil(1, threshold, now), now)) {
                return;
            }
            // another node inserted the row between our select and insert: read it again
        }
        throw new SQLException("could not count a failed login for " + kind.code() + " '" + subject + "'");
    }

    private Instant lockUntil(int failures, int threshold, Instant now) {
        Duration lock = config.lockAfter(failures, threshold);
        return lock.isZero() ? null : now.plus(lock);
    }

    private static void update(Connection c, Kind kind, String subject, int failures, Instant lockedUntil, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE login_throttle SET failures = ?, last_failure_at = ?,"
                + " locked_until = ? WHERE kind = ? AND subject = ?")) {
            ps.setInt(1, failures);
            ps.setObject(2, StaffRepository.timestamp(now));
            setInstantOrNull(ps, 3, lockedUntil);
            ps.setString(4, kind.code());
            ps.setString(5, subject);
            ps.executeUpdate();
        }
    }

    private static boolean insert(Connection c, Kind kind, String subject, Instant lockedUntil, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_throttle"
                + " (kind, subject, failures, last_failure_at, locked_until) VALUES (?, ?, 1, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            ps.setString(1, kind.code());
            ps.setString(2, subject);
            ps.setObject(3, StaffRepository.timestamp(now));
            setInstantOrNull(ps, 4, lockedUntil);
            return ps.executeUpdate() == 1;
        }
    }

    /** Drops rows nobody has failed on for a while, so names sprayed by an attacker do not pile up. */
    private void forgetOld(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE last_failure_at < ?"
                + " AND (locked_until IS NULL OR locked_until < ?)")) {
            ps.setObject(1, StaffRepository.timestamp(now.minus(config.forgetAfter())));
            ps.setObject(2, StaffRepository.timestamp(now));
            ps.executeUpdate();
        }
    }

    private static void setInstantOrNull(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, StaffRepository.timestamp(instant));
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
