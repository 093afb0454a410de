package org.switchboard.server.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.switchboard.server.jdbc.Transactions;

/**
 * Staff accounts, their roles and password hashes, in the tables {@code staff_account} and
 * {@code staff_role} (migration V2). Logins are stored normalised ({@link Logins#normalise});
 * callers pass them normalised. Every method is one transaction.
 *
 * <p>Changes that could remove the last enabled admin ({@link #setRoles}, {@link #setDisabled})
 * lock every enabled admin's row first, so two admins demoting each other at once cannot both
 * succeed. Thread-safe.
 */
final class StaffRepository {
    /** An account with what a login checks it against. */
    record Credentials(StaffAccount account, String passwordHash) {
    }

    private static final String SELECT = "SELECT a.id, a.login, a.display_name, a.created_at, a.disabled, r.role"
            + " FROM staff_account a LEFT JOIN staff_role r ON r.account_id = a.id";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final Clock clock;

    StaffRepository(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a new account.
     *
     * @throws StaffException {@code LOGIN_TAKEN} when the login exists
     */
    public StaffAccount create(String login, String displayName, Set<Role> roles, String passwordHash) {
        Set<Role> copy = EnumSet.copyOf(roles);
        Instant now = now();
        return transactions.write("create staff account '" + login + "'", c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_account"
                    + " (login, display_name, password_hash, disabled, created_at, password_changed_at)"
                    + " VALUES (?, ?, ?, FALSE, ?, ?)", new String[] {"id"})) {
                ps.setString(1, login);
                ps.setString(2, displayName);
                ps.setString(3, passwordHash);
                ps.setObject(4, timestamp(now));
                ps.setObject(5, timestamp(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new StaffException(StaffException.Reason.LOGIN_TAKEN, "the login '" + login + "' is taken");
                }
                throw e;
            }
            insertRoles(c, id, copy);
            return new StaffAccount(id, login, displayName, copy, now, false);
        });
    }

    public Optional<StaffAccount> find(long id) {
        return transactions.read("find staff account " + id, c -> first(select(c, " WHERE a.id = ?", id)));
    }

    public Optional<StaffAccount> findByLogin(String login) {
        return transactions.read("find staff account '" + login + "'", c -> first(select(c, " WHERE a.login = ?", login)));
    }

    /** Every account, by login. */
    public List<StaffAccount> list() {
        return transactions.read("list staff accounts", c -> select(c, ""));
    }

    /** How many accounts exist, enabled or not. */
    public long count() {
        return transactions.read("count staff accounts", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM staff_account");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** True when at least one enabled account holds the admin role. */
    public boolean hasEnabledAdmin() {
        return transactions.read("look for an admin", c -> !enabledAdmins(c, false).isEmpty());
    }

    /** The account and its password hash, for a login attempt. */
    Optional<Credentials> credentials(String login) {
        return transactions.read("read the credentials of '" + login + "'", c -> {
            Optional<StaffAccount> account = first(select(c, " WHERE a.login = ?", login));
            if (account.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM staff_account WHERE id = ?")) {
                ps.setLong(1, account.get().id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Optional.of(new Credentials(account.get(), rs.getString(1)));
                }
            }
        });
    }

    /**
     * Replaces the account's roles.
     *
     * @throws StaffException {@code NO_SUCH_ACCOUNT}, or {@code LAST_ADMIN} when this would take
     *                        the admin role from the last enabled admin
     */
    public StaffAccount setRoles(long id, Set<Role> roles) {
        Set<Role> copy = EnumSet.copyOf(roles);
        return transactions.write("set the roles of staff account " + id, c -> {
            StaffAccount account = lockedAccount(c, id);
            if (!copy.contains(Role.ADMIN)) {
                refuseIfLastAdmin(c, account, "take the admin role from");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_role WHERE account_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            insertRoles(c, id, copy);
            return new StaffAccount(id, account.login(), account.displayName(), copy, account.createdAt(), account.disabled());
        });
    }

    /**
     * Disables or enables the account. Disabling ends all of its sessions.
     *
     * @throws StaffException {@code NO_SUCH_ACCOUNT}, or {@code LAST_ADMIN} when this would
     *                        disable the last enabled admin
     */
    public StaffAccount setDisabled(long id, boolean disabled) {
        return transactions.write((disabled ? "disable" : "enable") + " staff account " + id, c -> {
            StaffAccount account = lockedAccount(c, id);
            if (disabled) {
                refuseIfLastAdmin(c, account, "disable");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff_account SET disabled = ? WHERE id = ?")) {
                ps.setBoolean(1, disabled);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            if (disabled) {
                Sessions.deleteAll(c, id);
            }
            return new StaffAccount(id, account.login(), account.displayName(), account.roles(), account.createdAt(), disabled);
        });
    }

    /**
     * Stores a new password hash and ends every session of the account.
     *
     * @throws StaffException {@code NO_SUCH_ACCOUNT}
     */
    public void setPassword(long id, String passwordHash) {
        Instant now = now();
        transactions.write("set the password of staff account " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff_account SET password_hash = ?, password_changed_at = ? WHERE id = ?")) {
                ps.setString(1, passwordHash);
                ps.setObject(2, timestamp(now));
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) {
                    throw noSuchAccount(id);
                }
            }
            Sessions.deleteAll(c, id);
            return null;
        });
    }

    /**
     * Replaces the hash of an unchanged password with one made at today's cost; does nothing when
     * the password was changed in the meantime. Sessions stay.
     */
    void rehash(long id, String oldHash, String newHash) {
        transactions.write("rehash the password of staff account " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff_account SET password_hash = ? WHERE id = ? AND password_hash = ?")) {
                ps.setString(1, newHash);
                ps.setLong(2, id);
                ps.setString(3, oldHash);
                return ps.executeUpdate();
            }
        });
    }

    private StaffAccount lockedAccount(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM staff_account WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw noSuchAccount(id);
                }
            }
        }
        return first(select(c, " WHERE a.id = ?", id)).orElseThrow(() -> noSuchAccount(id));
    }

    /** Throws when {@code account} is the only enabled admin; locks every enabled admin's row. */
    private static void refuseIfLastAdmin(Connection c, StaffAccount account, String action) throws SQLException {
        List<Long> admins = enabledAdmins(c, true);
        if (admins.contains(account.id()) && admins.size() == 1) {
            throw new StaffException(StaffException.Reason.LAST_ADMIN, "cannot " + action + " '" + account.login()
                    + "': it is the only enabled admin; make another account admin first");
        }
    }

    private static List<Long> enabledAdmins(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM staff_account WHERE disabled = FALSE"
                + " AND id IN (SELECT account_id FROM staff_role WHERE role = 'admin')" + (lock ? " FOR UPDATE" : ""))) {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void insertRoles(Connection c, long id, Set<Role> roles) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_role (account_id, role) VALUES (?, ?)")) {
            for (Role role : roles) {
                ps.setLong(1, id);
                ps.setString(2, role.code());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<StaffAccount> select(Connection c, String where, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + where + " ORDER BY a.login, a.id")) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            Map<Long, StaffAccount> accounts = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    StaffAccount seen = accounts.get(id);
                    EnumSet<Role> roles = seen == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(seen.roles());
                    String role = rs.getString(6);
                    if (role != null) {
                        roles.add(Role.of(role));
                    }
                    accounts.put(id, new StaffAccount(id, rs.getString(2), rs.getString(3), roles,
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5)));
                }
            }
            return List.copyOf(accounts.values());
        }
    }

    /** The account with this id, on a transaction the caller owns. */
    static Optional<StaffAccount> selectById(Connection c, long id) throws SQLException {
        return first(select(c, " WHERE a.id = ?", id));
    }

    private static Optional<StaffAccount> first(List<StaffAccount> accounts) {
        return accounts.stream().findFirst();
    }

    private static StaffException noSuchAccount(long id) {
        return new StaffException(StaffException.Reason.NO_SUCH_ACCOUNT, "no staff account with id " + id);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
