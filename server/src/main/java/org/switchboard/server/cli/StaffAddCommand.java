package org.switchboard.server.cli;

import java.util.concurrent.Callable;
import org.switchboard.server.staff.Role;
import org.switchboard.server.staff.StaffAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code switchboard staff add --login L --name N --roles admin,agent}, the password on stdin. */
@Command(name = "add",
        description = {"Add a staff account; the password is read from standard input (typed twice, hidden, on a terminal).",
                "The first admin of a new installation is made this way (or with SWITCHBOARD_ADMIN_LOGIN and",
                "SWITCHBOARD_ADMIN_PASSWORD at 'serve'). Run it while serve is stopped when using the embedded database."})
final class StaffAddCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--login", required = true, paramLabel = "LOGIN",
            description = "The name to sign in with: a-z, 0-9 and . _ @ + - (an e-mail address will do).")
    String login;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "Display name, shown to colleagues and, for agents, to visitors.")
    String name;

    @Option(names = "--roles", required = true, paramLabel = "ROLE[,ROLE…]",
            description = "One or more of: agent, supervisor, social, editor, admin.")
    String roles;

    StaffAddCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        java.util.Set<Role> parsed;
        try {
            parsed = Role.parseList(roles);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--roles: " + e.getMessage(), e);
        }
        String password = StaffCommand.readPassword(cli);
        StaffAccount account = StaffCommand.withStaff(cli, staff -> staff.create(login, name, parsed, password));
        cli.out().println("added staff account '" + account.login() + "' (" + account.displayName() + "; roles: "
                + String.join(", ", account.roleCodes()) + ")");
        cli.out().flush();
        return ExitCodes.OK;
    }
}
