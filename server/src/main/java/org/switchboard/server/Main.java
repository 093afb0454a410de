package org.switchboard.server;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import org.switchboard.server.cli.Cli;
import org.switchboard.server.cli.ExitCodes;
import org.switchboard.server.cli.SwitchboardCommand;
import picocli.CommandLine;

/**
 * The only {@code main}: runs one {@code switchboard} command and exits with its code.
 *
 * <pre>{@code
 * int code = Main.run(new Cli(in, out, err, env), "faq", "ask", "--data", dir.toString());
 * }</pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = Cli.system();
        int code = run(cli, args);
        cli.out().flush();
        System.exit(code);
    }

    /** Runs one command line in this process against {@code cli}'s streams; returns the exit code. */
    public static int run(Cli cli, String... args) {
        return commandLine(cli).execute(args);
    }

    /** The command tree wired to {@code cli}: commands with a {@code (Cli)} constructor receive it. */
    public static CommandLine commandLine(Cli cli) {
        ExitCodes exitCodes = new ExitCodes();
        return new CommandLine(new SwitchboardCommand(cli), new CliFactory(cli))
                .setOut(new PrintWriter(cli.out(), true))
                .setErr(new PrintWriter(cli.err(), true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpWidth(100)
                .setParameterExceptionHandler(exitCodes)
                .setExecutionExceptionHandler(exitCodes)
                .setExitCodeExceptionMapper(ExitCodes::of);
    }

    private record CliFactory(Cli cli) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Cli.class) {
                    c.setAccessible(true);
                    return type.cast(c.newInstance(cli));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
