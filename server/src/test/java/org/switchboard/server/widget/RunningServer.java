package org.switchboard.server.widget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.server.ServeProcess;

/**
 * {@code switchboard serve} as an operator runs it: the shaded jar as a child process, on
 * 127.0.0.1, with its own data directory and configuration (a {@link ConfigCopy}). It can be
 * stopped and started again on the same port and data directory, as after a crash or a deploy.
 * Not thread-safe: one test drives it.
 */
final class RunningServer implements AutoCloseable {
    private static final Path JAR = Path.of("target", "switchboard.jar");
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/ \\(ready in");

    private final Path data;
    private final Path config;
    private final List<String> output = new ArrayList<>();
    private Process process;
    private int port;

    private final Map<String, String> environment;

    private RunningServer(Path data, Path config, Map<String, String> environment) {
        this.data = data;
        this.config = config;
        this.environment = Map.copyOf(environment);
    }

    /** Starts on a port the OS chooses, with data in {@code data} and the configuration in {@code config}. */
    static RunningServer start(Path data, ConfigCopy config) {
        return start(data, config, Map.of());
    }

    /** The same, with more environment variables (e.g. the call back webhook's). */
    static RunningServer start(Path data, ConfigCopy config, Map<String, String> environment) {
        RunningServer server = new RunningServer(data, config.file(), environment);
        server.startOn(0);
        return server;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops the process as an operator does (SIGTERM) and waits for it to exit. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("serve did not stop on SIGTERM:\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Freezes the process (SIGSTOP) until {@link #resume}: whatever reaches it meanwhile waits,
     * as behind a slow server.
     */
    void pause() {
        signal("STOP");
    }

    /** Lets a paused process go on (SIGCONT). */
    void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new AssertionError("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts again on the same port and data directory. */
    void restart() {
        startOn(port);
    }

    /** What the server has printed so far, for failure messages. */
    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private void startOn(int requested) {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError(JAR.toAbsolutePath() + " was not built (run mvn verify, which packages it first)");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--data", data.toString(),
                "serve", "--port", Integer.toString(requested), "--host", "127.0.0.1",
                "--demo-faq", Path.of("..", "config", "faq", "demo.yaml").toString())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("SWITCHBOARD_CONFIG", config.toString()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = awaitServing();
        ServeProcess.awaitFullModel(port, this::output);
    }

    private int awaitServing() {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                record(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> out.lines().forEach(this::record), "serve-output");
                    drain.setDaemon(true);
                    drain.start();
                    return Integer.parseInt(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("serve exited before serving:\n" + output());
    }

    private void record(String line) {
        synchronized (output) {
            output.add(line);
        }
    }
}
