package org.switchboard.server.staff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Roles, logins, display names, the password policy and the throttle's backoff. */
class StaffRulesTest {
    @Test
    void rolesParseFromTheirCodesInAnyCaseAndNameTheKnownOnesWhenWrong() {
        assertEquals(EnumSet.of(Role.ADMIN, Role.AGENT), Role.parseList("admin, Agent"));
        assertEquals("unknown role 'boss' (known: agent, supervisor, social, editor, admin)",
                assertThrows(IllegalArgumentException.class, () -> Role.parseList("agent,boss")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Role.parseList(" "));
        assertThrows(IllegalArgumentException.class, () -> Role.ofCodes(List.of()));
    }

    @Test
    void loginsAreLowerCasedAndLimitedToAsciiNameCharacters() {
        assertEquals("maria.p@example.com", Logins.normalise("  Maria.P@Example.com "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Logins.normalise("mаria")); // Cyrillic а
        assertEquals("login must be 1 to 100 characters of a-z, 0-9 and . _ @ + - (an e-mail address will do), got 'mаria'",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Logins.normalise("two words"));
        assertThrows(IllegalArgumentException.class, () -> Logins.normalise(""));
        assertThrows(IllegalArgumentException.class, () -> Logins.normalise("x".repeat(101)));
    }

    @Test
    void displayNamesKeepAnyScriptButNoControlCharacters() {
        assertEquals("Nguyễn Thị Mai", Logins.displayName(" Nguyễn Thị Mai "));
        assertEquals("Μαρία Παπαδοπούλου", Logins.displayName("Μαρία Παπαδοπούλου"));
        assertThrows(IllegalArgumentException.class, () -> Logins.displayName("Mai\nEvil"));
        assertThrows(IllegalArgumentException.class, () -> Logins.displayName("  "));
        assertThrows(IllegalArgumentException.class, () -> Logins.displayName("x".repeat(81)));
    }

    @Test
    void passwordPolicyAsksForTwelveCharactersAndNotTheLoginSayingSo() {
        assertDoesNotThrow(() -> PasswordPolicy.check("maria", "four words make a phrase"));
        assertDoesNotThrow(() -> PasswordPolicy.check("maria", "ελληνικά1234")); // 12 characters, any script
        assertEquals("the password must be at least 12 characters long (it has 11); a phrase of several words is easy to remember",
                assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check("maria", "short words")).getMessage());
        assertEquals("the password must not contain the login name",
                assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check("maria", "Maria-2025-Summer")).getMessage());
        assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check("maria", ""));
        assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check("maria", "x".repeat(1_001)));
    }

    @Test
    void throttleLocksAfterTheThresholdAndDoublesUpToTheLongestLock() {
        ThrottleConfig c = new ThrottleConfig(5, 20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofHours(1));
        List<Long> locks = IntStream.rangeClosed(1, 13).mapToObj(n -> c.lockAfter(n, 5).toSeconds()).toList();
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), locks);
        assertEquals(Duration.ofSeconds(60), c.lockAfter(10_000, 5));
    }

    @Test
    void throttleSettingsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottleConfig(0, 20, Duration.ofSeconds(1),
                Duration.ofMinutes(15), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleConfig(5, 20, Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleConfig(5, 20, Duration.ofSeconds(1),
                Duration.ofHours(2), Duration.ofHours(1)));
    }

    @Test
    void demoPasswordsAreSixteenRandomCharactersInGroupsOfFour() {
        String p = FirstAccounts.demoPassword(new java.security.SecureRandom());
        assertEquals(19, p.length());
        assertDoesNotThrow(() -> PasswordPolicy.check("admin", p));
        assertEquals(true, p.matches("[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}"), p);
    }
}
