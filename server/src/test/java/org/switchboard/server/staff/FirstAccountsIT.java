package org.switchboard.server.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.ConfigException;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/** The accounts {@code serve} makes at start, on a real H2 database. */
class FirstAccountsIT {
    static final String ADMIN_PASSWORD = "a long and secret admin phrase";

    @TempDir
    Path dir;
    Database db;
    StaffService staff;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.embedded(), dir);
        staff = StaffService.create(db, StaffConfig.defaults(), Passwords.create(PasswordsTest.FAST), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<String> ensure(Map<String, String> env) {
        return FirstAccounts.ensure(staff, env, new SecureRandom());
    }

    /** What serve asks before it decides to make the demo accounts once serving. */
    @Test
    void demoAccountsAreDueOnlyWithNoVariablesAndNoAccount() {
        Map<String, String> admin = Map.of(FirstAccounts.ENV_LOGIN, "chief", FirstAccounts.ENV_PASSWORD, ADMIN_PASSWORD);
        assertTrue(FirstAccounts.demoDue(staff, Map.of()));
        assertFalse(FirstAccounts.demoDue(staff, admin));
        assertThrows(ConfigException.class, () -> FirstAccounts.demoDue(staff, Map.of(FirstAccounts.ENV_LOGIN, "chief")));
        assertEquals(6, ensure(Map.of()).size(), "the heading and one line per demo account");
        assertFalse(FirstAccounts.demoDue(staff, Map.of()));
        assertEquals(List.of(), ensure(Map.of()), "made once");
    }

    /**
     * Two nodes sharing a PostgreSQL database start at once and both find no account: each prints
     * only the passwords of the accounts it made, so every password printed signs in.
     */
    @Test
    void demoAccountsAnotherNodeMadeAtTheSameMomentArePrintedWithoutAPassword() {
        staff.create("agent", "Alex Agent", EnumSet.of(Role.AGENT), ADMIN_PASSWORD);
        List<String> lines = FirstAccounts.demo(staff, new SecureRandom());
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(2).matches(" +agent +made by another node at the same moment; its password was printed there"
                + " +\\(agent\\)"), lines.get(2));
        for (int i : new int[] {1, 3, 4, 5}) {
            String[] parts = lines.get(i).strip().split(" +");
            assertInstanceOf(LoginResult.Success.class, staff.login(parts[0], parts[1], "127.0.0.1"), lines.get(i));
        }
        assertInstanceOf(LoginResult.Success.class, staff.login("agent", ADMIN_PASSWORD, "127.0.0.1"),
                "the other node's account is untouched");

        assertEquals(List.of("switchboard: no staff accounts yet, and another node sharing the database made the demo"
                        + " accounts at the same moment: their credentials were printed there"),
                FirstAccounts.demo(staff, new SecureRandom()), "nothing made here: no password printed");
    }

    @Test
    void theEnvironmentMakesTheFirstAdminOnceAndNeverChangesItAfterwards() {
        assertEquals(List.of("switchboard: created the first admin account 'chief' from SWITCHBOARD_ADMIN_LOGIN"),
                ensure(Map.of(FirstAccounts.ENV_LOGIN, "Chief", FirstAccounts.ENV_PASSWORD, ADMIN_PASSWORD)));
        StaffAccount chief = staff.findByLogin("chief").orElseThrow();
        assertEquals("Administrator", chief.displayName());
        assertEquals(EnumSet.of(Role.ADMIN), chief.roles());

        List<String> again = ensure(Map.of(FirstAccounts.ENV_LOGIN, "chief", FirstAccounts.ENV_PASSWORD, "a different phrase"));
        assertTrue(again.get(0).startsWith("switchboard: an admin account exists, so SWITCHBOARD_ADMIN_LOGIN and"
                + " SWITCHBOARD_ADMIN_PASSWORD were ignored"), again.toString());
        assertInstanceOf(LoginResult.Success.class, staff.login("chief", ADMIN_PASSWORD, "127.0.0.1"));
        assertEquals(1, staff.list().size());
    }

    @Test
    void halfSetWeakOrClashingVariablesAreConfigurationErrors() {
        assertEquals("set both SWITCHBOARD_ADMIN_LOGIN and SWITCHBOARD_ADMIN_PASSWORD, or neither",
                assertThrows(ConfigException.class, () -> ensure(Map.of(FirstAccounts.ENV_LOGIN, "chief"))).getMessage());
        assertThrows(ConfigException.class, () -> ensure(Map.of(FirstAccounts.ENV_PASSWORD, ADMIN_PASSWORD)));
        assertEquals("SWITCHBOARD_ADMIN_PASSWORD: the password must be at least 12 characters long (it has 5);"
                        + " a phrase of several words is easy to remember",
                assertThrows(ConfigException.class, () -> ensure(Map.of(FirstAccounts.ENV_LOGIN, "chief",
                        FirstAccounts.ENV_PASSWORD, "short"))).getMessage());
        assertThrows(ConfigException.class, () -> ensure(Map.of(FirstAccounts.ENV_LOGIN, "chief boss",
                FirstAccounts.ENV_PASSWORD, ADMIN_PASSWORD)));
        staff.create("chief", "Chief Agent", EnumSet.of(Role.AGENT), ADMIN_PASSWORD);
        assertTrue(assertThrows(ConfigException.class, () -> ensure(Map.of(FirstAccounts.ENV_LOGIN, "chief",
                FirstAccounts.ENV_PASSWORD, ADMIN_PASSWORD))).getMessage()
                .startsWith("SWITCHBOARD_ADMIN_LOGIN: the account 'chief' exists but is not an enabled admin"));
    }

    @Test
    void withNoAccountsAndNoVariablesDemoAccountsAreMadeOnceWithTheirCredentialsPrinted() {
        List<String> lines = ensure(Map.of());
        assertTrue(lines.get(0).startsWith("switchboard: no staff accounts yet, so demo accounts were created."
                + " Demo credentials (shown once;"), lines.get(0));
        assertEquals(6, lines.size(), lines.toString());
        for (FirstAccounts.Demo demo : FirstAccounts.DEMO) {
            String line = lines.stream().filter(l -> l.startsWith("  " + demo.login() + " ")).findFirst().orElseThrow();
            String password = line.strip().split(" +")[1];
            LoginResult.Success s = assertInstanceOf(LoginResult.Success.class, staff.login(demo.login(), password, "127.0.0.1"));
            assertEquals(demo.roles(), s.signedIn().account().roles());
        }
        assertEquals(List.of(), ensure(Map.of()), "the next start makes and prints nothing");
    }

    @Test
    void accountsWithoutAnEnabledAdminGetAWarning() {
        staff.create("alex", "Alex", EnumSet.of(Role.AGENT), ADMIN_PASSWORD);
        List<String> lines = ensure(Map.of());
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("switchboard: warning: no enabled admin account; add one with"), lines.get(0));
    }
}
