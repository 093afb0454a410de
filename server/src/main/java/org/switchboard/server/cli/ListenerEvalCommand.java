package org.switchboard.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.listener.understand.CrossValidation;
import org.switchboard.listener.understand.LabelledPost;
import org.switchboard.listener.understand.ModelFiles;
import org.switchboard.listener.understand.Task;
import org.switchboard.listener.understand.TaskModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code switchboard listener eval --labels FILE}: how the model in use does on labelled posts. */
@Command(name = "eval",
        description = {"Report per-class precision, recall and F1, macro-F1 and accuracy of the model in use for a",
                "task (DATA/listener/models/<task>.bin if trained, else the shipped one) on labelled posts",
                "(CSV: id,text,label). The model is not changed."})
final class ListenerEvalCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Labelled posts, CSV.")
    Path labels;

    @Option(names = "--task", paramLabel = "TASK", defaultValue = "complaint",
            converter = ListenerLabels.TaskConverter.class,
            description = "complaint (default), sentiment, question or abusive.")
    Task task;

    ListenerEvalCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        List<LabelledPost> posts = ListenerLabels.read(cli, labels, task);
        TaskModel model = ModelFiles.load(ModelFiles.directory(cli.dataDir()), task);
        cli.out().println("model: " + model.origin());
        cli.out().println(labels + ": " + posts.size() + " posts for " + ListenerLabels.describe(task));
        cli.out().print(CrossValidation.evaluate(model, posts).toText());
        cli.out().flush();
        return ExitCodes.OK;
    }
}
