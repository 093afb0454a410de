package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.staff.LoginResult;
import org.switchboard.server.staff.Passwords;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.StaffService;

/** {@code switchboard staff add | list | password} against a real H2 database in a temporary data directory. */
class StaffCommandIT {
    static final String PASSWORD = "four words make a phrase";

    @TempDir
    Path dir;

    Console console(String stdin) {
        Console c = new Console(dir);
        c.stdin = stdin;
        return c;
    }

    String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void addReadsThePasswordFromStandardInputAndTheAccountCanSignIn() {
        Console add = console(PASSWORD + "\nthe rest of stdin is not read\n");
        assertEquals(0, add.run("--data", data(), "staff", "add", "--login", "Ada@Example.com", "--name", "Ada Lovelace",
                "--roles", "admin,agent"), add.stderrText());
        assertEquals("added staff account 'ada@example.com' (Ada Lovelace; roles: agent, admin)\n", add.stdoutText());

        Console list = console("");
        assertEquals(0, list.run("--data", data(), "staff", "list"));
        assertTrue(list.stdoutText().startsWith("LOGIN            ROLES"), list.stdoutText());
        assertTrue(list.stdoutText().contains("ada@example.com  agent,admin"), list.stdoutText());
        assertTrue(list.stdoutText().contains("enabled"), list.stdoutText());
        assertTrue(list.stdoutText().strip().endsWith("Ada Lovelace"), list.stdoutText());

        try (Database db = Database.open(DatabaseConfig.embedded(), dir.resolve("data"))) {
            StaffService staff = StaffService.create(db, StaffConfig.defaults(), Passwords.create(Passwords.Cost.DEFAULT),
                    Clock.systemUTC());
            assertInstanceOf(LoginResult.Success.class, staff.login("ada@example.com", PASSWORD, "127.0.0.1"));
        }
    }

    @Test
    void thereIsNoWayToGiveThePasswordOnTheCommandLine() {
        Console c = console(PASSWORD + "\n");
        assertEquals(64, c.run("--data", data(), "staff", "add", "--login", "ada", "--name", "Ada", "--roles", "admin",
                "--password", PASSWORD));
        assertTrue(c.stderrText().startsWith("switchboard staff add: Unknown options: '--password'"), c.stderrText());
        assertEquals("no staff accounts (add one with 'switchboard staff add')\n", runList());
    }

    @Test
    void aWeakPasswordIsRefusedNamingTheRule() {
        Console c = console("short\n");
        assertEquals(65, c.run("--data", data(), "staff", "add", "--login", "ada", "--name", "Ada", "--roles", "admin"));
        assertEquals("switchboard staff add: the password must be at least 12 characters long (it has 5);"
                + " a phrase of several words is easy to remember\n", c.stderrText());
        Console login = console("my name is ada, ok\n");
        assertEquals(65, login.run("--data", data(), "staff", "add", "--login", "ada", "--name", "Ada", "--roles", "admin"));
        assertEquals("switchboard staff add: the password must not contain the login name\n", login.stderrText());
    }

    @Test
    void emptyStandardInputUnknownRolesBadLoginsAndTakenLoginsAreClearErrors() {
        Console empty = console("");
        assertEquals(65, empty.run("--data", data(), "staff", "add", "--login", "ada", "--name", "Ada", "--roles", "admin"));
        assertTrue(empty.stderrText().contains("no password on standard input"), empty.stderrText());

        Console role = console(PASSWORD + "\n");
        assertEquals(64, role.run("--data", data(), "staff", "add", "--login", "ada", "--name", "Ada", "--roles", "admin,boss"));
        assertEquals("switchboard staff add: --roles: unknown role 'boss' (known: agent, supervisor, social, editor, admin)\n",
                role.stderrText());

        Console login = console(PASSWORD + "\n");
        assertEquals(64, login.run("--data", data(), "staff", "add", "--login", "ada lovelace", "--name", "Ada", "--roles", "admin"));
        assertTrue(login.stderrText().startsWith("switchboard staff add: login must be 1 to 100 characters"), login.stderrText());

        assertEquals(0, console(PASSWORD + "\n").run("--data", data(), "staff", "add", "--login", "ada", "--name", "Ada",
                "--roles", "admin"));
        Console taken = console(PASSWORD + "\n");
        assertEquals(65, taken.run("--data", data(), "staff", "add", "--login", "ADA", "--name", "Ada", "--roles", "agent"));
        assertEquals("switchboard staff add: the login 'ada' is taken\n", taken.stderrText());
    }

    @Test
    void passwordSetsANewPasswordFromStandardInput() {
        assertEquals(0, console(PASSWORD + "\n").run("--data", data(), "staff", "add", "--login", "ada", "--name", "Ada",
                "--roles", "admin"));
        Console reset = console("a completely new phrase\n");
        assertEquals(0, reset.run("--data", data(), "staff", "password", "--login", "ada"), reset.stderrText());
        assertEquals("set a new password for 'ada'; its sessions have ended\n", reset.stdoutText());
        Console unknown = console("a completely new phrase\n");
        assertEquals(65, unknown.run("--data", data(), "staff", "password", "--login", "nobody"));
        assertEquals("switchboard staff password: no staff account with the login 'nobody'\n", unknown.stderrText());
    }

    String runList() {
        Console c = console("");
        c.run("--data", data(), "staff", "list");
        return c.stdoutText();
    }

    @Test
    void listSaysWhenThereAreNoAccounts() {
        Console c = console("");
        assertEquals(0, c.run("--data", data(), "staff", "list"));
        assertEquals("no staff accounts (add one with 'switchboard staff add')\n", c.stdoutText());
    }
}
