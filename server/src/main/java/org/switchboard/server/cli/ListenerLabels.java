package org.switchboard.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.faq.Language;
import org.switchboard.faq.language.LanguageDetector;
import org.switchboard.listener.understand.LabelFile;
import org.switchboard.listener.understand.LabelFileException;
import org.switchboard.listener.understand.LabelledPost;
import org.switchboard.listener.understand.Task;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code listener train} and {@code listener eval} share: the task option and reading a label file. */
final class ListenerLabels {
    /** OpenNLP's INFO lines (a dozen per model trained) would bury the figures these commands print. */
    private static final Logger OPENNLP = Logger.getLogger("opennlp");

    private ListenerLabels() {
    }

    /** Keeps OpenNLP's training progress out of the output. */
    static void quietTraining() {
        OPENNLP.setLevel(Level.WARNING);
    }

    /** Reads a team's label file; each bad row goes to stderr, then the command fails with 65. */
    static List<LabelledPost> read(Cli cli, Path file, Task task) throws IOException {
        quietTraining();
        InputFiles.requireReadable(List.of(file));
        LanguageDetector detector = LanguageDetector.load();
        try {
            return LabelFile.read(file, task, text -> detector.detect(text, Language.ENGLISH));
        } catch (LabelFileException e) {
            for (String problem : e.problems()) {
                cli.err().println(problem);
            }
            int n = e.problems().size();
            throw new CliException(ExitCodes.DATA_ERROR, file + ": " + n + (n == 1 ? " problem" : " problems")
                    + " (listed above); nothing was trained or saved");
        }
    }

    /** Picocli converter for {@code --task}. */
    static final class TaskConverter implements ITypeConverter<Task> {
        @Override
        public Task convert(String value) {
            return Task.find(value).orElseThrow(() -> new TypeConversionException("unknown task '" + value
                    + "'; tasks: complaint, sentiment, question, abusive"));
        }
    }

    /** The task's outcomes as the report names them. */
    static String describe(Task task) {
        return task.code() + " " + task.outcomes();
    }
}
