package org.switchboard.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code switchboard}: the top of the command tree; holds the options every command takes. */
@Command(name = "switchboard", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Self-hosted customer service: FAQ bot, live chat, handoff, social listening.",
        subcommands = {ServeCommand.class, FaqCommand.class, BenchCommand.class, StaffCommand.class,
                ListenerCommand.class},
        footer = {"", "Exit codes: 0 ok, 64 usage, 65 bad input data, 66 missing input file,",
                "70 internal error, 74 I/O error, 78 bad configuration. See docs/cli.md."})
public final class SwitchboardCommand implements Runnable {
    private final Cli cli;

    @Spec
    CommandSpec spec;

    public SwitchboardCommand(Cli cli) {
        this.cli = cli;
    }

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (default: $SWITCHBOARD_DATA, else data_dir in the configuration, else ./data).")
    void data(Path dir) {
        cli.dataOption(dir);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }
}
