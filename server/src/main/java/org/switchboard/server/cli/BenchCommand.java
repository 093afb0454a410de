package org.switchboard.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code switchboard bench}: benchmarks that print figures. */
@Command(name = "bench",
        synopsisSubcommandLabel = "COMMAND",
        description = "Measure speed and size; prints figures, changes nothing.",
        subcommands = {BenchFaqCommand.class, BenchChatCommand.class, BenchListenerCommand.class})
final class BenchCommand implements Runnable {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }
}
