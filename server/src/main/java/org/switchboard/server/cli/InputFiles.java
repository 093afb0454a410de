package org.switchboard.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks input files up front, so that a missing one is reported before any work is done. */
final class InputFiles {
    private InputFiles() {
    }

    /** Reads a labelled question set (see {@code faq eval}) after checking the file is readable. */
    static List<org.switchboard.faq.eval.LabelledQuestion> labelledQuestions(Path file)
            throws java.io.IOException, org.switchboard.faq.FaqFormatException {
        requireReadable(List.of(file));
        return org.switchboard.faq.eval.LabelledSet.read(file);
    }

    /** Fails with {@link ExitCodes#NO_INPUT} naming the first file that is missing or unreadable. */
    static void requireReadable(List<Path> files) {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new CliException(ExitCodes.NO_INPUT, file + ": no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new CliException(ExitCodes.NO_INPUT, file + ": not a regular file");
            }
            if (!Files.isReadable(file)) {
                throw new CliException(ExitCodes.NO_INPUT, file + ": not readable");
            }
        }
    }
}
