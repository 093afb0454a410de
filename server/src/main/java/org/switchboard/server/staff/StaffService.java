package org.switchboard.server.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.switchboard.server.jdbc.Database;

/**
 * Staff accounts, sign-in and sessions: the front door the web layer and the command line use.
 *
 * <pre>{@code
 * StaffService staff = StaffService.create(database, config.staff(), Passwords.create(Passwords.Cost.DEFAULT), Clock.systemUTC());
 * staff.create("maria@example.com", "Maria", Set.of(Role.AGENT), password);
 * if (staff.login("maria@example.com", typed, "203.0.113.5") instanceof LoginResult.Success s) {
 *     setCookie(s.sessionId());
 * }
 * Optional<SignedIn> who = staff.session(cookieValue);
 * }</pre>
 *
 * <p>Thread-safe; one per process. Each call is one or a few short transactions; a login also
 * spends one Argon2id hash (about 100 ms), which is the point.
 */
public final class StaffService {
    private final StaffRepository accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Passwords passwords;

    StaffService(StaffRepository accounts, Sessions sessions, LoginThrottle throttle, Passwords passwords) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.passwords = passwords;
    }

    public static StaffService create(Database database, StaffConfig config, Passwords passwords, Clock clock) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(config, "config");
        return new StaffService(new StaffRepository(database.transactions(), clock),
                new Sessions(database.transactions(), clock, new SecureRandom(), config.sessionIdle(), config.sessionMax()),
                new LoginThrottle(database.transactions(), clock, config.throttle()),
                Objects.requireNonNull(passwords, "passwords"));
    }

    // --- signing in ---

    /**
     * Checks a login and, when it is right, starts a session. A locked login name or address is
     * refused before the password is looked at.
     *
     * @param address the client's address as the throttle counts it (see {@code ClientAddress})
     */
    public LoginResult login(String login, String password, String address) {
        Check checked = check(login, password, address);
        if (checked.refusal != null) {
            return checked.refusal;
        }
        sessions.deleteExpired();
        Sessions.Created created = sessions.create(checked.account);
        return new LoginResult.Success(created.id(), created.signedIn());
    }

    /** Either a refusal or the account whose password was right. */
    private record Check(LoginResult refusal, StaffAccount account) {
        static Check refused(LoginResult refusal) {
            return new Check(refusal, null);
        }
    }

    /** Throttling, then the password; counts the failure or clears the count; rehashes when due. */
    private Check check(String login, String password, String address) {
        Objects.requireNonNull(address, "address");
        String name = Logins.normaliseOrNull(login);
        Optional<Duration> locked = throttle.lockedFor(name, address);
        if (locked.isPresent()) {
            return Check.refused(new LoginResult.Throttled(locked.get()));
        }
        String typed = password == null ? "" : password;
        boolean plausible = !typed.isEmpty() && typed.length() <= 4 * PasswordPolicy.MAX_LENGTH;
        Optional<StaffRepository.Credentials> credentials = name == null ? Optional.empty() : accounts.credentials(name);
        if (credentials.isEmpty() || !plausible) {
            if (plausible) {
                passwords.verifyNothing(typed); // as long as a real check: the answer's timing tells nothing
            }
            throttle.failed(name, address);
            return Check.refused(new LoginResult.Refused());
        }
        StaffRepository.Credentials found = credentials.get();
        Passwords.Verification verification = passwords.verify(typed, found.passwordHash());
        if (!verification.matches() || found.account().disabled()) {
            throttle.failed(name, address);
            return Check.refused(new LoginResult.Refused());
        }
        throttle.succeeded(name);
        if (verification.needsRehash()) {
            accounts.rehash(found.account().id(), found.passwordHash(), passwords.hash(typed));
        }
        return new Check(null, found.account());
    }

    /** The live session with this id (the cookie's value), or empty. */
    public Optional<SignedIn> session(String sessionId) {
        return sessions.find(sessionId);
    }

    /** Ends the session; nothing happens when there is none. */
    public void logout(String sessionId) {
        sessions.delete(sessionId);
    }

    /**
     * Changes the signed-in person's own password after checking the current one: every session
     * of the account ends, and a new one is started for this browser. A wrong current password
     * counts as a failed login.
     *
     * @throws WeakPasswordException when the new password breaks the policy
     */
    public LoginResult changeOwnPassword(StaffAccount account, String current, String next, String address) {
        PasswordPolicy.check(account.login(), next);
        Check checked = check(account.login(), current, address);
        if (checked.refusal != null) {
            return checked.refusal;
        }
        accounts.setPassword(account.id(), passwords.hash(next));
        Sessions.Created created = sessions.create(checked.account);
        return new LoginResult.Success(created.id(), created.signedIn());
    }

    // --- managing accounts ---

    /**
     * Adds an account.
     *
     * @throws IllegalArgumentException for a bad login, display name or empty roles
     * @throws WeakPasswordException    when the password breaks the policy
     * @throws StaffException           {@code LOGIN_TAKEN}
     */
    public StaffAccount create(String login, String displayName, Set<Role> roles, String password) {
        String name = Logins.normalise(login);
        String display = Logins.displayName(displayName);
        requireRoles(roles);
        PasswordPolicy.check(name, password);
        return accounts.create(name, display, roles, passwords.hash(password));
    }

    /** Every account, by login. */
    public List<StaffAccount> list() {
        return accounts.list();
    }

    public Optional<StaffAccount> find(long id) {
        return accounts.find(id);
    }

    public Optional<StaffAccount> findByLogin(String login) {
        String name = Logins.normaliseOrNull(login);
        return name == null ? Optional.empty() : accounts.findByLogin(name);
    }

    /** @throws StaffException {@code NO_SUCH_ACCOUNT} or {@code LAST_ADMIN} */
    public StaffAccount setRoles(long id, Set<Role> roles) {
        requireRoles(roles);
        return accounts.setRoles(id, roles);
    }

    /** Disabling ends the account's sessions. @throws StaffException {@code NO_SUCH_ACCOUNT} or {@code LAST_ADMIN} */
    public StaffAccount setDisabled(long id, boolean disabled) {
        return accounts.setDisabled(id, disabled);
    }

    /**
     * Sets a new password chosen by an admin; every session of the account ends.
     *
     * @throws WeakPasswordException when it breaks the policy
     * @throws StaffException        {@code NO_SUCH_ACCOUNT}
     */
    public void resetPassword(long id, String password) {
        StaffAccount account = accounts.find(id).orElseThrow(() -> new StaffException(
                StaffException.Reason.NO_SUCH_ACCOUNT, "no staff account with id " + id));
        PasswordPolicy.check(account.login(), password);
        accounts.setPassword(id, passwords.hash(password));
    }

    /** True when there is at least one account, enabled or not. */
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    public boolean hasEnabledAdmin() {
        return accounts.hasEnabledAdmin();
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("at least one role is needed (known: " + Role.known() + ")");
        }
    }
}
