package org.switchboard.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Function;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.staff.Passwords;
import org.switchboard.server.staff.StaffException;
import org.switchboard.server.staff.StaffService;
import org.switchboard.server.staff.WeakPasswordException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code switchboard staff}: staff accounts, from the machine that holds the database. */
@Command(name = "staff",
        synopsisSubcommandLabel = "COMMAND",
        description = {"Add, list and reset staff accounts (the web's admin API does the same once an admin exists).",
                "Passwords are read from standard input, never from the command line."},
        subcommands = {StaffAddCommand.class, StaffListCommand.class, StaffPasswordCommand.class})
final class StaffCommand implements Runnable {
    /** The pool's and the migrations' INFO lines would bury the one line these commands print. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of("com.zaxxer.hikari",
            "org.flywaydb").map(java.util.logging.Logger::getLogger).toList();

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    /**
     * Opens the database, runs {@code work} on the staff service and closes it; the service's
     * refusals become one-line failures: bad arguments 64, a weak password, a taken login or an
     * unknown account 65.
     */
    static <T> T withStaff(Cli cli, Function<StaffService, T> work) {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        try (Database database = Database.open(cli.config().database(), cli.dataDir())) {
            StaffService staff = StaffService.create(database, cli.config().staff(),
                    Passwords.create(Passwords.Cost.DEFAULT), Clock.systemUTC());
            return work.apply(staff);
        } catch (WeakPasswordException | StaffException e) {
            throw new CliException(ExitCodes.DATA_ERROR, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    /**
     * A password from standard input: typed twice without echo when it is a terminal, else its
     * first line (without the line break). Never from the command line, where other users of
     * the machine can see it ({@code ps}) and shells keep it in their history.
     */
    static String readPassword(Cli cli) {
        Console console = cli.in() == System.in ? System.console() : null;
        if (console != null) {
            char[] first = console.readPassword("password for the account (at least 12 characters): ");
            char[] second = console.readPassword("the same password again: ");
            try {
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new CliException(ExitCodes.DATA_ERROR, "the two passwords differ; nothing was changed");
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, ' ');
                }
                if (second != null) {
                    Arrays.fill(second, ' ');
                }
            }
        }
        try {
            String line = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CliException(ExitCodes.DATA_ERROR,
                        "no password on standard input (e.g. read it from a file: < password.txt)");
            }
            return line;
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot read the password from standard input: " + e.getMessage(), e);
        }
    }
}
