package org.switchboard.server.cli;

import java.util.concurrent.Callable;
import org.switchboard.server.staff.StaffAccount;
import org.switchboard.server.staff.StaffException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code switchboard staff password --login L}: a new password from stdin; the account's sessions end. */
@Command(name = "password",
        description = {"Set a new password for an account, read from standard input; every session of the account ends.",
                "For an admin who is locked out; otherwise use the staff pages."})
final class StaffPasswordCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--login", required = true, paramLabel = "LOGIN", description = "The account's login.")
    String login;

    StaffPasswordCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String password = StaffCommand.readPassword(cli);
        StaffAccount account = StaffCommand.withStaff(cli, staff -> {
            StaffAccount found = staff.findByLogin(login).orElseThrow(() -> new StaffException(
                    StaffException.Reason.NO_SUCH_ACCOUNT, "no staff account with the login '" + login + "'"));
            staff.resetPassword(found.id(), password);
            return found;
        });
        cli.out().println("set a new password for '" + account.login() + "'; its sessions have ended");
        cli.out().flush();
        return ExitCodes.OK;
    }
}
