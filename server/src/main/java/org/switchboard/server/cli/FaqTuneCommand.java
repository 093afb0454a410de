package org.switchboard.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Thresholds;
import org.switchboard.faq.eval.Evaluation;
import org.switchboard.faq.eval.FaqEvaluator;
import org.switchboard.faq.eval.LabelledQuestion;
import org.switchboard.faq.eval.ThresholdTuner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard faq tune FILE}: chooses thresholds on a labelled validation set and saves them. */
@Command(name = "tune",
        description = {"Choose the decision thresholds on a labelled validation set (never on test data) and save",
                "them in DATA/faq/thresholds.json, where they override faq.thresholds of the configuration."})
final class FaqTuneCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Parameters(paramLabel = "FILE", description = "Labelled validation questions, JSON lines.")
    Path file;

    @Option(names = "--dry-run", description = "Print the chosen thresholds without saving them.")
    boolean dryRun;

    FaqTuneCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        List<LabelledQuestion> questions = InputFiles.labelledQuestions(file);
        try (FaqIndex index = cli.openIndexWithEntries()) {
            Thresholds t = ThresholdTuner.tune(index, questions);
            index.useThresholds(t);
            Evaluation e = FaqEvaluator.evaluate(index, questions);
            cli.out().printf(Locale.ROOT, "chosen on %d questions: answer %.4f, options %.4f, option_floor %.4f, temperature %.2f%n",
                    questions.size(), t.answer(), t.options(), t.optionFloor(), t.temperature());
            cli.out().printf(Locale.ROOT, "on this validation set: in-scope accuracy %.2f%%, out-of-scope recall %.2f%%%n",
                    100 * e.inScopeAccuracy(), 100 * e.outOfScopeRecall());
            if (!dryRun) {
                index.saveThresholds(t);
                cli.out().println("saved to " + cli.dataDir().resolve("faq/thresholds.json"));
            }
            cli.out().flush();
        }
        return ExitCodes.OK;
    }
}
