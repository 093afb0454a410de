package org.switchboard.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code switchboard faq ask}: one question per line on stdin, one JSON object per line on
 * stdout (see {@link AnswerJson}), flushed after each so that scripts can converse through a pipe.
 */
@Command(name = "ask",
        description = {"Answer questions from stdin, one per line, with one JSON object per line.",
                "Output: {\"question\", \"language\", \"decision\": \"answer|options|handoff\", \"faq_id\", "
                        + "\"confidence\", \"candidates\": [{\"faq_id\", \"confidence\"}…]}. Blank lines are "
                        + "skipped; each answer is flushed at once."})
final class FaqAskCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Cli cli;

    @Option(names = "--language", paramLabel = "CODE", converter = LanguageConverter.class,
            description = "Language assumed when detection is unsure, e.g. for short questions "
                    + "(default: faq.default_language).")
    Language language;

    FaqAskCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        try (FaqIndex index = cli.openIndex()) {
            if (index.entries().isEmpty()) {
                cli.err().println("switchboard faq ask: warning: the FAQ index in " + cli.dataDir()
                        + " is empty; every question will be handed off (run 'switchboard faq import FILE')");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
            PrintStream out = cli.out();
            long lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String question = line.strip();
                if (question.isEmpty()) {
                    continue;
                }
                out.println(AnswerJson.line(ask(index, question, lineNumber)));
                out.flush();
                if (out.checkError()) {
                    break; // the reader went away (e.g. `| head`): stop quietly
                }
            }
        }
        return ExitCodes.OK;
    }

    private FaqAnswer ask(FaqIndex index, String question, long lineNumber) {
        try {
            return language == null ? index.ask(question) : index.ask(question, language);
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.INTERNAL, "stdin line " + lineNumber + ": " + ExitCodes.describe(e), e);
        }
    }
}
