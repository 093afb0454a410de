package org.switchboard.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.switchboard.listener.understand.CrossValidation;
import org.switchboard.listener.understand.LabelledPost;
import org.switchboard.listener.understand.ModelFiles;
import org.switchboard.listener.understand.ModelTrainer;
import org.switchboard.listener.understand.Scores;
import org.switchboard.listener.understand.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard listener train --labels FILE}: trains one task's model from the team's labels
 * and saves it under the data directory, where it replaces the shipped model; {@code --folds K}
 * first reports K-fold cross-validation.
 */
@Command(name = "train",
        description = {"Train the model of one task from your own labelled posts (CSV: id,text,label; extra columns",
                "ignored; header optional) and save it as DATA/listener/models/<task>.bin, used instead of the",
                "shipped model. With --folds, first report seeded stratified cross-validation. Any bad row",
                "is reported with its line and nothing is saved."})
final class ListenerTrainCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Labelled posts, CSV.")
    Path labels;

    @Option(names = "--task", paramLabel = "TASK", defaultValue = "complaint",
            converter = ListenerLabels.TaskConverter.class,
            description = "complaint (default), sentiment, question or abusive.")
    Task task;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds (2 or more) and print the figures.")
    Integer folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the folds (default 42).")
    long seed;

    @Option(names = "--dry-run", description = "Check the file (and cross-validate with --folds) but save nothing.")
    boolean dryRun;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "150", description = "L-BFGS iterations (default 150).")
    int iterations;

    @Option(names = "--l2", paramLabel = "COST", defaultValue = "1.0", description = "L2 penalty (default 1.0).")
    double l2;

    ListenerTrainCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (iterations < 1 || !(l2 >= 0)) {
            throw new CliException(ExitCodes.USAGE, "--iterations must be at least 1 and --l2 at least 0");
        }
        List<LabelledPost> posts = ListenerLabels.read(cli, labels, task);
        if (folds != null && (folds < 2 || folds > posts.size())) {
            throw new CliException(ExitCodes.USAGE, "--folds must be between 2 and the number of posts ("
                    + posts.size() + "), not " + folds);
        }
        ModelTrainer trainer = new ModelTrainer(iterations, l2);
        cli.out().println(labels + ": " + posts.size() + " posts for " + ListenerLabels.describe(task));
        if (folds != null) {
            long start = System.nanoTime();
            Scores s = CrossValidation.run(task, posts, trainer, folds, seed);
            cli.out().printf(Locale.ROOT, "%d-fold cross-validation (stratified, seed %d), %.1f s:%n", folds, seed,
                    (System.nanoTime() - start) / 1e9);
            cli.out().print(s.toText());
        }
        if (dryRun) {
            cli.out().println("dry run: nothing saved");
        } else {
            Path saved = ModelFiles.save(ModelFiles.directory(cli.dataDir()), task, trainer.train(task, posts));
            cli.out().println("saved " + saved + "; it replaces the shipped " + task.code() + " model");
        }
        cli.out().flush();
        return ExitCodes.OK;
    }
}
