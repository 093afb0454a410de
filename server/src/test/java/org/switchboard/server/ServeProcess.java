package org.switchboard.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code switchboard serve} run as an operator runs it: the shaded jar in a child JVM, the
 * repository's configuration, a given data directory, on loopback.
 */
public final class ServeProcess implements AutoCloseable {
    /** A demo account's line in serve's output: login, password, roles. */
    private static final Pattern DEMO_LINE = Pattern.compile("^  (\\w+) +([a-z0-9-]{19}) +\\((.+)\\)$", Pattern.MULTILINE);
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/ \\(ready in (\\d+) ms");

    public final Process process;
    public final int port;
    public final long readyMillis;
    /** Everything serve printed up to and including the line saying it is serving. */
    public final String startOutput;
    /** Everything serve printed so far: what it prints once serving is added by a thread reading it. */
    private final StringBuffer output;

    private ServeProcess(Process process, int port, long readyMillis, String startOutput, StringBuffer output) {
        this.process = process;
        this.port = port;
        this.readyMillis = readyMillis;
        this.startOutput = startOutput;
        this.output = output;
    }

    /** Starts serving on {@code port} (0: any free one) and waits until it says it is serving. */
    public static ServeProcess start(Path data, int port, Map<String, String> env) throws Exception {
        return start(data, port, env, List.of());
    }

    /** As above, with more options for {@code serve}, e.g. {@code --demo-faq FILE}. */
    public static ServeProcess start(Path data, int port, Map<String, String> env, List<String> serveOptions)
            throws Exception {
        Process p = builder(data, port, env, serveOptions).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuffer seen = new StringBuffer();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                String startOutput = seen.toString();
                Thread reader = new Thread(() -> out.lines().forEach(l -> seen.append(l).append('\n')), "serve-output");
                reader.setDaemon(true);
                reader.start();
                int serving = Integer.parseInt(m.group(1));
                awaitFullModel(serving, seen::toString);
                return new ServeProcess(p, serving, Long.parseLong(m.group(2)), startOutput, seen);
            }
        }
        throw new AssertionError("serve exited before serving:\n" + seen);
    }

    /** The child JVM's command line and environment, not started: for a test that runs it its own way. */
    public static ProcessBuilder builder(Path data, int port, Map<String, String> env, List<String> serveOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ShadedJarIT.JAR.toString(), "--data", data.toString(),
                "serve", "--port", Integer.toString(port), "--host", "127.0.0.1"));
        command.addAll(serveOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SWITCHBOARD_CONFIG", Path.of("..", "config", "switchboard.yaml").toString());
        builder.environment().putAll(env);
        return builder;
    }

    /**
     * Waits until {@code /api/health} says the FAQ is answered by its fully trained model: a first
     * start serves the demo corpus with a quickly trained one while the full build runs (about
     * 5 s), and the tests ask what the full model answers. Fails after 60 s.
     */
    public static void awaitFullModel(int port, Supplier<String> output) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(health, HttpResponse.BodyHandlers.ofString()).body();
                if (last.contains("\"faq_model\":\"full\"")) {
                    return;
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } catch (IOException e) {
                last = e.toString();
            }
        }
        throw new AssertionError("the FAQ's full model was not served within 60 s; /api/health: " + last + "\n" + output.get());
    }

    /** Everything serve has printed so far. */
    public String output() {
        return output.toString();
    }

    /**
     * Waits until what serve has printed has a match of {@code pattern} (e.g. the demo accounts'
     * credentials, printed once it is serving) and returns it all. Fails after 30 s.
     */
    public String awaitOutput(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String so = output();
            if (pattern.matcher(so).find()) {
                return so;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("serve printed nothing matching " + pattern + " within 30 s:\n" + output());
    }

    /**
     * The demo accounts' passwords by login, in the order printed: a first start prints them once
     * it is serving and has stored the accounts. Waits for the last one (the editor's).
     */
    public Map<String, String> demoCredentials() throws InterruptedException {
        return credentials(awaitOutput(Pattern.compile("^  editor +[a-z0-9-]{19} ", Pattern.MULTILINE)));
    }

    /** The demo accounts' passwords by login in what serve printed, in the order printed. */
    public static Map<String, String> credentials(CharSequence printed) {
        Matcher m = DEMO_LINE.matcher(printed);
        Map<String, String> credentials = new java.util.LinkedHashMap<>();
        while (m.find()) {
            credentials.put(m.group(1), m.group(2));
        }
        return credentials;
    }

    /** The demo account's password (see {@link #demoCredentials}). */
    public String demoPassword(String login) throws InterruptedException {
        String password = demoCredentials().get(login);
        if (password == null) {
            throw new AssertionError("no demo password for " + login + " in:\n" + output());
        }
        return password;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** SIGTERM; true when the process stopped within 20 s. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
