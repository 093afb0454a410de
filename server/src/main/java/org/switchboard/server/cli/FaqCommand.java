package org.switchboard.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code switchboard faq}: the FAQ corpus and its index. */
@Command(name = "faq",
        synopsisSubcommandLabel = "COMMAND",
        description = "Import, export and query the FAQ index.",
        subcommands = {FaqImportCommand.class, FaqExportCommand.class, FaqAskCommand.class,
                FaqEvalCommand.class, FaqTuneCommand.class})
final class FaqCommand implements Runnable {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }
}
