/**
 * The {@code switchboard} command line (picocli): one small class per command, all sharing one
 * {@link org.switchboard.server.cli.Cli} for streams, environment and configuration. Commands
 * report failures as exceptions; {@link org.switchboard.server.cli.ExitCodes} turns them into
 * sysexits-style exit codes and one-line messages on stderr.
 */
package org.switchboard.server.cli;
