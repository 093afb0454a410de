package org.switchboard.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.server.staff.StaffAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code switchboard staff list}: every account, one a line. */
@Command(name = "list", description = "List the staff accounts: login, roles, status, created, display name.")
final class StaffListCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    StaffListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<StaffAccount> accounts = StaffCommand.withStaff(cli, staff -> staff.list());
        if (accounts.isEmpty()) {
            cli.out().println("no staff accounts (add one with 'switchboard staff add')");
        } else {
            int width = Math.max(5, accounts.stream().mapToInt(a -> a.login().length()).max().orElse(5));
            cli.out().printf("%-" + width + "s  %-32s  %-8s  %-10s  %s%n", "LOGIN", "ROLES", "STATUS", "CREATED", "NAME");
            for (StaffAccount a : accounts) {
                cli.out().printf("%-" + width + "s  %-32s  %-8s  %-10s  %s%n", a.login(), String.join(",", a.roleCodes()),
                        a.disabled() ? "disabled" : "enabled", a.createdAt().toString().substring(0, 10), a.displayName());
            }
        }
        cli.out().flush();
        return ExitCodes.OK;
    }
}
