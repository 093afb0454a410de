package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.io.FaqImporter;
import org.switchboard.server.Main;
import org.switchboard.server.ServerConfig;

/**
 * Runs {@code switchboard} commands in this process with captured streams, a given environment and
 * (for fast tests) fake index and importer. The configuration file starts empty, in {@code dir}.
 */
final class Console {
    final Map<String, String> env = new HashMap<>();
    BiFunction<Path, FaqIndexConfig, FaqIndex> indexOpener = (dir, config) -> fail("the index was opened");
    Function<Language, FaqImporter> importers = language -> fail("the importer was created");
    String stdin = "";
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Path configFile;

    Console(Path dir) {
        configFile = dir.resolve("switchboard.yaml");
        config("");
        env.put(ServerConfig.ENV_CONFIG, configFile.toString());
    }

    /** Replaces the configuration file's text. */
    Console config(String yaml) {
        try {
            Files.writeString(configFile, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Runs with the fakes; returns the exit code. */
    int run(String... args) {
        return Main.run(new Cli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out(), err(), env,
                indexOpener, importers), args);
    }

    /** Runs with the real FaqIndex and importer, as {@code java -jar switchboard.jar} would. */
    int runReal(String... args) {
        return Main.run(new Cli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out(), err(), env),
                args);
    }

    String stdoutText() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String stderrText() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private PrintStream out() {
        return new PrintStream(stdout, false, StandardCharsets.UTF_8);
    }

    private PrintStream err() {
        return new PrintStream(stderr, true, StandardCharsets.UTF_8);
    }
}
