package org.switchboard.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.eval.Evaluation;
import org.switchboard.faq.eval.FaqEvaluator;
import org.switchboard.faq.eval.LabelledQuestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard faq eval FILE}: asks every labelled question and reports how the index did. */
@Command(name = "eval",
        description = {"Ask every question of a labelled set (JSON lines: {\"question\", \"faq_id\" | null, \"language\"})",
                "with the thresholds in force and report in-scope accuracy, out-of-scope recall, the",
                "decisions made and calibration."})
final class FaqEvalCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Parameters(paramLabel = "FILE", description = "Labelled questions, JSON lines.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of the report.")
    boolean json;

    FaqEvalCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        List<LabelledQuestion> questions = InputFiles.labelledQuestions(file);
        try (FaqIndex index = cli.openIndexWithEntries()) {
            long start = System.nanoTime();
            Evaluation e = FaqEvaluator.evaluate(index, questions);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (json) {
                var m = new java.util.LinkedHashMap<String, Object>(e.toMap());
                m.put("thresholds", index.thresholds());
                cli.out().println(new ObjectMapper().writeValueAsString(m));
            } else {
                cli.out().println("thresholds: " + index.thresholds());
                cli.out().print(e.toText());
                cli.out().println(questions.size() + " questions in " + ms + " ms");
            }
            cli.out().flush();
        }
        return ExitCodes.OK;
    }
}
