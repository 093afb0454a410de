package org.switchboard.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks input files up front, so that a missing one is reported before any work is done. */
final class InputFiles {
    private InputFiles() {
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
