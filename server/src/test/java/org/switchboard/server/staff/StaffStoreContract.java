package org.switchboard.server.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.jdbc.Database;

/**
 * What staff accounts, sessions and login throttling promise on any database: subclasses open
 * it. Passwords use a cheap Argon2 cost so the suite stays fast; the clock is the test's.
 */
abstract class StaffStoreContract {
    static final String PASSWORD = "four words make a phrase";
    static final String ADDRESS = "203.0.113.5";
    static final ThrottleConfig THROTTLE = new ThrottleConfig(3, 6, Duration.ofSeconds(10), Duration.ofSeconds(80),
            Duration.ofHours(1));
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration MAX = Duration.ofHours(8);

    Database db;
    StaffService staff;
    TestClock clock = new TestClock(Instant.parse("2025-03-01T09:00:00Z"));
    Passwords.Cost cost = PasswordsTest.FAST;

    /** Opens the database under test; again by the reopen tests. */
    abstract Database open();

    @BeforeEach
    void openAndEmpty() throws Exception {
        reopen();
        db.transactions().write("empty the staff tables", c -> {
            try (Statement s = c.createStatement()) {
                for (String table : List.of("login_throttle", "staff_session", "staff_role", "staff_account")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            return null;
        });
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    void reopen() {
        if (db != null) {
            db.close();
        }
        db = open();
        staff = service(cost);
    }

    StaffService service(Passwords.Cost withCost) {
        return new StaffService(new StaffRepository(db.transactions(), clock),
                new Sessions(db.transactions(), clock, new SecureRandom(), IDLE, MAX),
                new LoginThrottle(db.transactions(), clock, THROTTLE), Passwords.create(withCost, new SecureRandom()));
    }

    // --- accounts ---

    @Test
    void createsFindsAndListsAccountsWithTheirRoles() {
        StaffAccount maria = staff.create(" Maria@Example.com ", "Μαρία Παπαδοπούλου", EnumSet.of(Role.AGENT, Role.SUPERVISOR),
                PASSWORD);
        staff.create("admin", "Ada Admin", EnumSet.of(Role.ADMIN), PASSWORD);
        assertEquals("maria@example.com", maria.login());
        assertEquals(EnumSet.of(Role.AGENT, Role.SUPERVISOR), maria.roles());
        assertEquals(maria, staff.find(maria.id()).orElseThrow());
        assertEquals(maria, staff.findByLogin("MARIA@example.com").orElseThrow());
        assertEquals(List.of("admin", "maria@example.com"), staff.list().stream().map(StaffAccount::login).toList());
        assertTrue(staff.hasAccounts());
        assertTrue(staff.hasEnabledAdmin());
    }

    @Test
    void aLoginIsTakenWhateverItsCase() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        StaffException e = assertThrows(StaffException.class,
                () -> staff.create("MARIA", "Another Maria", EnumSet.of(Role.EDITOR), PASSWORD));
        assertEquals(StaffException.Reason.LOGIN_TAKEN, e.reason());
        assertEquals("the login 'maria' is taken", e.getMessage());
        assertEquals(1, staff.list().size());
    }

    @Test
    void newAccountsNeedARoleAGoodNameAndAGoodPassword() {
        assertThrows(IllegalArgumentException.class, () -> staff.create("maria", "Maria", EnumSet.noneOf(Role.class), PASSWORD));
        assertThrows(IllegalArgumentException.class, () -> staff.create("ma ria", "Maria", EnumSet.of(Role.AGENT), PASSWORD));
        assertThrows(WeakPasswordException.class, () -> staff.create("maria", "Maria", EnumSet.of(Role.AGENT), "short"));
        assertThrows(WeakPasswordException.class, () -> staff.create("maria", "Maria", EnumSet.of(Role.AGENT), "i am maria, ok?"));
        assertFalse(staff.hasAccounts());
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesOnly() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        String stored = db.transactions().read("read", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT password_hash FROM staff_account")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertTrue(stored.startsWith("$argon2id$v=19$m=256,t=1,p=1$"), stored);
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    void rolesCanBeReplacedAndLiveSessionsSeeTheNewRoles() {
        StaffAccount maria = staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        String session = signIn("maria");
        assertEquals(EnumSet.of(Role.SOCIAL, Role.EDITOR), staff.setRoles(maria.id(), EnumSet.of(Role.SOCIAL, Role.EDITOR)).roles());
        assertEquals(EnumSet.of(Role.SOCIAL, Role.EDITOR), staff.session(session).orElseThrow().account().roles());
        assertThrows(IllegalArgumentException.class, () -> staff.setRoles(maria.id(), EnumSet.noneOf(Role.class)));
        assertEquals(StaffException.Reason.NO_SUCH_ACCOUNT,
                assertThrows(StaffException.class, () -> staff.setRoles(9_999, EnumSet.of(Role.AGENT))).reason());
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDemotedNorDisabled() {
        StaffAccount ada = staff.create("ada", "Ada", EnumSet.of(Role.ADMIN, Role.AGENT), PASSWORD);
        StaffException e = assertThrows(StaffException.class, () -> staff.setRoles(ada.id(), EnumSet.of(Role.AGENT)));
        assertEquals(StaffException.Reason.LAST_ADMIN, e.reason());
        assertEquals("cannot take the admin role from 'ada': it is the only enabled admin; make another account admin first",
                e.getMessage());
        assertEquals(StaffException.Reason.LAST_ADMIN,
                assertThrows(StaffException.class, () -> staff.setDisabled(ada.id(), true)).reason());

        StaffAccount bob = staff.create("bob", "Bob", EnumSet.of(Role.ADMIN), PASSWORD);
        assertEquals(EnumSet.of(Role.AGENT), staff.setRoles(ada.id(), EnumSet.of(Role.AGENT)).roles());
        assertEquals(StaffException.Reason.LAST_ADMIN,
                assertThrows(StaffException.class, () -> staff.setDisabled(bob.id(), true)).reason());
    }

    // --- signing in and sessions ---

    @Test
    void theRightPasswordStartsASessionWhoseIdIsStoredOnlyAsAHash() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        LoginResult.Success s = assertInstanceOf(LoginResult.Success.class, staff.login("Maria", PASSWORD, ADDRESS));
        assertEquals(43, s.sessionId().length());
        assertEquals("maria", s.signedIn().account().login());
        assertEquals(clock.instant().plus(IDLE), s.signedIn().expiresAt());
        SignedIn found = staff.session(s.sessionId()).orElseThrow();
        assertEquals(s.signedIn().csrfToken(), found.csrfToken());
        assertNotEquals(s.sessionId(), found.csrfToken());
        byte[] stored = db.transactions().read("read", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id_hash FROM staff_session")) {
                rs.next();
                return rs.getBytes(1);
            }
        });
        assertEquals(32, stored.length);
        assertTrue(java.util.Arrays.equals(SessionIds.hash(s.sessionId()), stored));
        assertNotEquals(s.sessionId(), signIn("maria"), "every login gets a new session id");
    }

    @Test
    void wrongPasswordsUnknownLoginsAndDisabledAccountsAreRefusedAlike() {
        StaffAccount maria = staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        staff.create("ada", "Ada", EnumSet.of(Role.ADMIN), PASSWORD);
        assertInstanceOf(LoginResult.Refused.class, staff.login("maria", "four words make a phrasE", ADDRESS));
        assertInstanceOf(LoginResult.Refused.class, staff.login("nobody", PASSWORD, ADDRESS));
        assertInstanceOf(LoginResult.Refused.class, staff.login("not a login!", PASSWORD, ADDRESS));
        assertInstanceOf(LoginResult.Refused.class, staff.login("maria", "", ADDRESS));
        staff.setDisabled(maria.id(), true);
        assertInstanceOf(LoginResult.Refused.class, staff.login("maria", PASSWORD, "198.51.100.7"));
        staff.setDisabled(maria.id(), false);
        assertInstanceOf(LoginResult.Throttled.class, staff.login("maria", PASSWORD, "198.51.100.8"), "3 failures");
        clock.advance(THROTTLE.firstDelay());
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", PASSWORD, "198.51.100.8"));
    }

    @Test
    void aSessionEndsAfterItsIdleTimeButUseKeepsItAlive() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        String session = signIn("maria");
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(staff.session(session).isPresent(), "used every 20 minutes, alive after " + (i + 1) * 20);
        }
        clock.advance(IDLE);
        assertTrue(staff.session(session).isEmpty());
    }

    @Test
    void aSessionEndsAtItsAbsoluteLimitHoweverBusy() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        String session = signIn("maria");
        for (int i = 0; i < 8 * 4 - 1; i++) {
            clock.advance(Duration.ofMinutes(15));
            assertTrue(staff.session(session).isPresent());
        }
        assertEquals(Instant.parse("2025-03-01T17:00:00Z"), staff.session(session).orElseThrow().expiresAt());
        clock.advance(Duration.ofMinutes(15));
        assertTrue(staff.session(session).isEmpty());
    }

    @Test
    void signingOutEndsThatSessionOnly() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        String laptop = signIn("maria");
        String phone = signIn("maria");
        staff.logout(laptop);
        assertTrue(staff.session(laptop).isEmpty());
        assertTrue(staff.session(phone).isPresent());
        staff.logout("not-a-session-id");
        assertTrue(staff.session("").isEmpty());
        assertTrue(staff.session("x".repeat(43)).isEmpty());
    }

    @Test
    void aPasswordResetEndsEverySessionAndTheOldPasswordStopsWorking() {
        StaffAccount maria = staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        String a = signIn("maria");
        String b = signIn("maria");
        staff.resetPassword(maria.id(), "a brand new pass phrase");
        assertTrue(staff.session(a).isEmpty());
        assertTrue(staff.session(b).isEmpty());
        assertInstanceOf(LoginResult.Refused.class, staff.login("maria", PASSWORD, ADDRESS));
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", "a brand new pass phrase", ADDRESS));
        assertThrows(WeakPasswordException.class, () -> staff.resetPassword(maria.id(), "too short"));
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndLeavesOnlyANewSession() {
        StaffAccount maria = staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        String other = signIn("maria");
        assertInstanceOf(LoginResult.Refused.class,
                staff.changeOwnPassword(maria, "not the current one", "a brand new pass phrase", ADDRESS));
        assertTrue(staff.session(other).isPresent());
        LoginResult.Success s = assertInstanceOf(LoginResult.Success.class,
                staff.changeOwnPassword(maria, PASSWORD, "a brand new pass phrase", ADDRESS));
        assertTrue(staff.session(other).isEmpty());
        assertTrue(staff.session(s.sessionId()).isPresent());
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", "a brand new pass phrase", ADDRESS));
    }

    @Test
    void disablingAnAccountEndsItsSessions() {
        StaffAccount maria = staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        String session = signIn("maria");
        assertTrue(staff.setDisabled(maria.id(), true).disabled());
        assertTrue(staff.session(session).isEmpty());
    }

    @Test
    void aHashMadeWithAnOlderCostIsReplacedAtTheNextLogin() {
        service(new Passwords.Cost(128, 1, 1)).create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        assertTrue(storedHash().startsWith("$argon2id$v=19$m=128,t=1,p=1$"));
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", PASSWORD, ADDRESS));
        assertTrue(storedHash().startsWith("$argon2id$v=19$m=256,t=1,p=1$"), storedHash());
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", PASSWORD, ADDRESS));
    }

    // --- throttling ---

    @Test
    void failuresLockTheLoginNameForLongerAndLonger() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(LoginResult.Refused.class, staff.login("maria", "wrong password " + i, "198.51.100." + i));
        }
        LoginResult.Throttled t = assertInstanceOf(LoginResult.Throttled.class, staff.login("maria", PASSWORD, "198.51.100.9"));
        assertEquals(Duration.ofSeconds(10), t.retryAfter(), "even the right password waits");
        clock.advance(Duration.ofSeconds(10));
        assertInstanceOf(LoginResult.Refused.class, staff.login("maria", "wrong again", ADDRESS));
        assertEquals(Duration.ofSeconds(20), ((LoginResult.Throttled) staff.login("MARIA", PASSWORD, ADDRESS)).retryAfter());
        clock.advance(Duration.ofSeconds(20));
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", PASSWORD, ADDRESS));
        assertInstanceOf(LoginResult.Refused.class, staff.login("maria", "one slip after success", ADDRESS));
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", PASSWORD, ADDRESS), "a success clears the count");
    }

    @Test
    void unknownLoginsAreThrottledLikeRealOnes() {
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(LoginResult.Refused.class, staff.login("nobody", "guess " + i, "198.51.100." + i));
        }
        assertInstanceOf(LoginResult.Throttled.class, staff.login("nobody", "guess", "198.51.100.99"));
    }

    @Test
    void oneAddressIsLockedAfterItsThresholdWhateverLoginsItTries() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        for (int i = 0; i < 6; i++) {
            assertInstanceOf(LoginResult.Refused.class, staff.login("user" + i, "guess", ADDRESS));
        }
        assertInstanceOf(LoginResult.Throttled.class, staff.login("maria", PASSWORD, ADDRESS));
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", PASSWORD, "198.51.100.1"), "other addresses go on");
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLast() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        for (int i = 0; i < 2; i++) {
            staff.login("maria", "wrong", ADDRESS);
        }
        clock.advance(Duration.ofMinutes(61));
        staff.login("maria", "wrong", ADDRESS);
        staff.login("maria", "wrong", ADDRESS);
        assertInstanceOf(LoginResult.Success.class, staff.login("maria", PASSWORD, ADDRESS), "2 + 2 failures, not 4");
    }

    @Test
    void throttlingSurvivesARestart() {
        staff.create("maria", "Maria", EnumSet.of(Role.AGENT), PASSWORD);
        for (int i = 0; i < 3; i++) {
            staff.login("maria", "wrong", ADDRESS);
        }
        reopen();
        assertInstanceOf(LoginResult.Throttled.class, staff.login("maria", PASSWORD, "198.51.100.1"));
    }

    @Test
    void concurrentFailuresAreEachCountedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<LoginResult>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> staff.login("nobody", "guess", "198.51.100." + n)));
            }
            for (Future<LoginResult> r : results) {
                r.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int failures = db.transactions().read("read", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT failures FROM login_throttle WHERE kind = 'account' AND subject = 'nobody'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertTrue(failures >= 3 && failures <= 16, "counted " + failures);
        // attempts that found the name locked were refused before counting; every other one counted
        assertInstanceOf(LoginResult.Throttled.class, staff.login("nobody", "guess", "198.51.100.200"));
    }

    String signIn(String login) {
        return assertInstanceOf(LoginResult.Success.class, staff.login(login, PASSWORD, ADDRESS)).sessionId();
    }

    String storedHash() {
        return db.transactions().read("read", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT password_hash FROM staff_account")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
