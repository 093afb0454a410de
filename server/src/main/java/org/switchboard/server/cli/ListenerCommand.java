package org.switchboard.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard listener}: social listening — classify posts, poll the sources, train and measure the models,
 * export the team's label corrections.
 */
@Command(name = "listener",
        synopsisSubcommandLabel = "COMMAND",
        description = {"Social listening: classify posts, poll the sources, and train and measure the models that",
                "understand mentions (complaint, sentiment, question, abuse). See docs/listener.md."},
        subcommands = {ListenerClassifyCommand.class, ListenerPollCommand.class, ListenerTrainCommand.class,
                ListenerEvalCommand.class, ListenerLabelsCommand.class})
final class ListenerCommand implements Runnable {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }
}
