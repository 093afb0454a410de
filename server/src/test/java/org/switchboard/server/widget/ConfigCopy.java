package org.switchboard.server.widget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the repository's {@code config/} folder in a temporary directory, with its own
 * {@code hours.yaml}, so a test decides whether the team is at work. The server reads it through
 * {@code SWITCHBOARD_CONFIG=<copy>/switchboard.yaml}.
 */
final class ConfigCopy {
    /** Team at work around the clock: the bot never shows the away notice. */
    static final String ALWAYS_OPEN = "zone: UTC\nweekly:\n"
            + Stream.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                    .map(day -> "  " + day + ": \"00:00-24:00\"\n").reduce("", String::concat);

    private static final Path SOURCE = Path.of("..", "config");

    private final Path dir;

    private ConfigCopy(Path dir) {
        this.dir = dir;
    }

    /** Copies {@code config/} into {@code target} and writes {@code hours} as its {@code hours.yaml}. */
    static ConfigCopy withHours(Path target, String hours) {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(SOURCE.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
            Files.writeString(target.resolve("hours.yaml"), hours);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfigCopy(target);
    }

    /** The configuration file to name in {@code SWITCHBOARD_CONFIG}. */
    Path file() {
        return dir.resolve("switchboard.yaml").toAbsolutePath();
    }
}
