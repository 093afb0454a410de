package org.switchboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the first staff accounts come to be when {@code switchboard serve} (the shaded jar) starts
 * on a new data directory: demo accounts with printed credentials, or the first admin from
 * {@code SWITCHBOARD_ADMIN_LOGIN} and {@code SWITCHBOARD_ADMIN_PASSWORD}. (A two-entry FAQ
 * keeps the start quick; {@code FirstAccountsIT} covers the other cases in-process.)
 */
class StaffServeIT {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    /**
     * Two installations start side by side (the jar's start is mostly single-threaded, so this
     * halves the wait on two cores): one with no accounts and no variables, one with the variables.
     */
    @Test
    void serveMakesDemoAccountsWithPrintedCredentialsOrTheFirstAdminFromTheEnvironment() throws Exception {
        Map<String, String> env = Map.of("SWITCHBOARD_ADMIN_LOGIN", "Chief@Example.com",
                "SWITCHBOARD_ADMIN_PASSWORD", "a long and secret admin phrase", "SWITCHBOARD_ADMIN_NAME", "Chief Admin");
        List<String> faq = tinyFaq();
        CompletableFuture<ServeProcess> demo = CompletableFuture.supplyAsync(() -> start(dir.resolve("demo"), Map.of(), faq));
        try (ServeProcess withAdmin = start(dir.resolve("admin"), env, faq); ServeProcess withDemo = demo.join()) {
            demoCredentialsWorkForEveryRole(withDemo);
            theAdminFromTheEnvironmentWorksAndNoDemoAccountsWereMade(withAdmin);
            assertTrue(withDemo.stop());
            assertTrue(withAdmin.stop());
        } finally {
            demo.thenAccept(p -> p.process.destroyForcibly());
        }
    }

    /**
     * The demo accounts are made once serve is serving. A stop (SIGTERM) at that very moment waits
     * for them: all five are stored and printed, and the next start lets each sign in.
     */
    @Test
    void aStopRightAfterServingStillMakesAndPrintsEveryDemoAccount() throws Exception {
        Path data = dir.resolve("stopped");
        List<String> faq = tinyFaq();
        Process p = ServeProcess.builder(data, 0, Map.of(), faq).start();
        StringBuilder printed = new StringBuilder();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            while (line != null && !line.contains("switchboard: serving http://")) {
                printed.append(line).append('\n');
                line = out.readLine();
            }
            assertTrue(line != null, "serve stopped before serving:\n" + printed);
            p.toHandle().destroy(); // SIGTERM at once (the five hashes take about half a second); the output stays open
            out.lines().forEach(l -> printed.append(l).append('\n'));
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        Map<String, String> credentials = ServeProcess.credentials(printed);
        assertEquals(List.of("admin", "agent", "supervisor", "social", "editor"), List.copyOf(credentials.keySet()),
                printed.toString());
        try (ServeProcess again = start(data, Map.of(), faq)) {
            assertFalse(again.startOutput.contains("Demo credentials"), again.startOutput);
            for (Map.Entry<String, String> c : credentials.entrySet()) {
                assertEquals(200, login(again.port, c.getKey(), c.getValue()).statusCode(), c.getKey());
            }
            assertTrue(again.stop());
        }
    }

    private void demoCredentialsWorkForEveryRole(ServeProcess serve) throws Exception {
        // made once serving (their five hashes are not on the way to being ready), and printed once stored
        assertFalse(serve.startOutput.contains("Demo credentials"), serve.startOutput);
        Map<String, String> credentials = serve.demoCredentials();
        assertTrue(serve.output().contains("Demo credentials (shown once"), serve.output());
        assertEquals(List.of("admin", "agent", "supervisor", "social", "editor"), List.copyOf(credentials.keySet()),
                serve.output());
        assertEquals(5, credentials.values().stream().distinct().count(), "every password is its own");
        for (Map.Entry<String, String> c : credentials.entrySet()) {
            assertEquals(200, login(serve.port, c.getKey(), c.getValue()).statusCode(), c.getKey());
        }
        assertEquals(401, login(serve.port, "admin", credentials.get("agent")).statusCode());
        agentConsoleAdmitsOnlyAgentsAndSupervisors(serve, credentials);
    }

    /** The agent console's WebSocket signs in with the staff session cookie (serve's wiring). */
    private void agentConsoleAdmitsOnlyAgentsAndSupervisors(ServeProcess serve, Map<String, String> credentials)
            throws Exception {
        assertTrue(consoleFirstFrame(serve.port, cookie(serve.port, "agent", credentials.get("agent")))
                .startsWith("{\"type\":\"desk\""));
        assertTrue(consoleFirstFrame(serve.port, cookie(serve.port, "supervisor", credentials.get("supervisor")))
                .contains("\"supervisor\":true"));
        assertEquals("closed 1008", consoleFirstFrame(serve.port, cookie(serve.port, "editor", credentials.get("editor"))));
        assertEquals("closed 1008", consoleFirstFrame(serve.port, null));
    }

    private String cookie(int port, String login, String password) throws Exception {
        String setCookie = login(port, login, password).headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** The first frame the console gets, or "closed CODE". */
    private String consoleFirstFrame(int port, String cookie) throws Exception {
        java.util.concurrent.BlockingQueue<String> got = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.WebSocket.Builder b = http.newWebSocketBuilder();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        java.net.http.WebSocket ws = b.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/agent"),
                new java.net.http.WebSocket.Listener() {
                    @Override
                    public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket socket, CharSequence data,
                                                                          boolean last) {
                        got.add(data.toString());
                        return null;
                    }

                    @Override
                    public java.util.concurrent.CompletionStage<?> onClose(java.net.http.WebSocket socket, int code,
                                                                           String reason) {
                        got.add("closed " + code);
                        return null;
                    }
                }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        String first = got.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        ws.abort();
        return String.valueOf(first);
    }

    private void theAdminFromTheEnvironmentWorksAndNoDemoAccountsWereMade(ServeProcess serve) throws Exception {
        assertTrue(serve.startOutput.contains("created the first admin account 'chief@example.com' from SWITCHBOARD_ADMIN_LOGIN"),
                serve.startOutput);
        assertFalse(serve.startOutput.contains("a long and secret admin phrase"), "the password is never printed");
        HttpResponse<String> r = login(serve.port, "chief@example.com", "a long and secret admin phrase");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"display_name\":\"Chief Admin\",\"roles\":[\"admin\"]"), r.body());
        assertEquals(401, login(serve.port, "admin", "anything at all here").statusCode());
        assertFalse(serve.output().contains("Demo credentials"), serve.output());
    }

    private static ServeProcess start(Path data, Map<String, String> env, List<String> options) {
        try {
            return ServeProcess.start(data, 0, env, options);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> tinyFaq() throws java.io.IOException {
        Path faq = dir.resolve("tiny.yaml");
        Files.writeString(faq, """
                language: en
                entries:
                  - id: hours
                    question: When is support open?
                    answer: Monday to Friday, 08:00 to 20:00.
                  - id: returns
                    question: How do I return an item?
                    answer: Within 30 days, free of charge.
                """);
        return List.of("--demo-faq", faq.toString());
    }

    private HttpResponse<String> login(int port, String login, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
