package org.switchboard.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.FaqIndexException;
import org.switchboard.server.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes of every command (from BSD's sysexits.h) and the handlers that print a failure as
 * one line on stderr, {@code <command>: <what and where>}, and return its code.
 */
public final class ExitCodes implements IParameterExceptionHandler, IExecutionExceptionHandler {
    public static final int OK = 0;
    /** Bad options or arguments: unknown option, missing file argument, unsupported language. */
    public static final int USAGE = 64;
    /** The input data is wrong: a FAQ file that does not parse or validate. */
    public static final int DATA_ERROR = 65;
    /** An input file does not exist or cannot be read. */
    public static final int NO_INPUT = 66;
    /** A bug or an unexpected state, e.g. an index that cannot be opened. */
    public static final int INTERNAL = 70;
    /** Reading or writing a file failed. */
    public static final int IO_ERROR = 74;
    /** The configuration file or an environment variable is wrong. */
    public static final int CONFIG = 78;

    /** The exit code for a failure thrown by a command. */
    public static int of(Throwable failure) {
        if (failure instanceof CliException e) {
            return e.exitCode();
        } else if (failure instanceof FaqFormatException) {
            return DATA_ERROR;
        } else if (failure instanceof ConfigException) {
            return CONFIG;
        } else if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return IO_ERROR;
        }
        return INTERNAL;
    }

    /** The one-line description of a failure: the message, or for bugs the type and where it was thrown. */
    static String describe(Throwable failure) {
        int code = of(failure);
        if (code == IO_ERROR) {
            return "I/O error: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        if (code != INTERNAL || failure instanceof CliException) {
            return failure.getMessage();
        }
        String what = failure instanceof FaqIndexException ? "FAQ index error: " : "internal error: ";
        StackTraceElement[] at = failure.getStackTrace();
        return what + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                + (at.length > 0 ? " (at " + at[0] + ")" : "");
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        cmd.getOut().flush();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + describe(e));
        err.flush();
        return of(e);
    }
}
