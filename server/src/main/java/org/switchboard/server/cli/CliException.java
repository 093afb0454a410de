package org.switchboard.server.cli;

/**
 * A command failed in a way the user can act on: carries the exit code and a one-line message
 * that names what and where, e.g. {@code faq.csv: no such file}.
 */
public final class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
