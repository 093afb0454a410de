package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.ServeProcess;

/**
 * {@code /api/triage/surges}, {@code /webhooks}, {@code /watchlist} and {@code /sources} in
 * {@code serve}, with the demo accounts: who may read, who may save, CSRF, and a refused
 * {@code alerts.yaml} stopping {@code serve} with the file and key.
 */
class ServeTriageAlertsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A signed-in client: its cookie and CSRF token. */
    record Session(String cookie, String csrf) {
    }

    @Test
    void theTriageReadsSupervisorsAndAdminsSaveAndRefusedTextsChangeNothing() throws Exception {
        Path config = copyConfig(dir.resolve("config"));
        Path watchlist = config.resolve("listener").resolve("watchlist.yaml");
        String shipped = Files.readString(watchlist);
        try (ServeProcess serve = ServeProcess.start(dir.resolve("data"), 0,
                Map.of("SWITCHBOARD_CONFIG", config.resolve("switchboard.yaml").toString()))) {
            int port = serve.port;
            assertEquals(401, send(port, "GET", "/api/triage/surges", null, null).statusCode());
            Session social = signIn(port, "social", serve.demoPassword("social"));
            Session supervisor = signIn(port, "supervisor", serve.demoPassword("supervisor"));
            Session admin = signIn(port, "admin", serve.demoPassword("admin"));
            Session agent = signIn(port, "agent", serve.demoPassword("agent"));

            HttpResponse<String> surges = send(port, "GET", "/api/triage/surges", social, null);
            assertEquals(200, surges.statusCode());
            assertEquals(0, JSON.readTree(surges.body()).get("surges").size());
            assertEquals(403, send(port, "GET", "/api/triage/surges", agent, null).statusCode());
            assertEquals(shipped, JSON.readTree(send(port, "GET", "/api/triage/watchlist", social, null).body()).get("yaml").asText());
            assertEquals(200, send(port, "GET", "/api/triage/sources", social, null).statusCode());
            assertEquals(403, send(port, "GET", "/api/triage/webhooks", social, null).statusCode());
            assertEquals(200, send(port, "GET", "/api/triage/webhooks", supervisor, null).statusCode());
            assertEquals(200, send(port, "GET", "/api/triage/webhooks", admin, null).statusCode());

            String edited = JSON.writeValueAsString(Map.of("yaml", shipped + "\n  - {name: Zephyrphone, kind: product}\n"));
            assertEquals(403, send(port, "PUT", "/api/triage/watchlist", social, edited).statusCode(), "social may only read");
            assertEquals(403, send(port, "PUT", "/api/triage/watchlist", new Session(supervisor.cookie(), "wrong"), edited)
                    .statusCode(), "CSRF");
            HttpResponse<String> refused = send(port, "PUT", "/api/triage/watchlist", supervisor,
                    JSON.writeValueAsString(Map.of("yaml", "terms:\n  - {name: Zephyrphone, kind: product, colour: red}\n")));
            assertEquals(400, refused.statusCode());
            String error = JSON.readTree(refused.body()).get("error").asText();
            assertTrue(error.startsWith(watchlist.toString()) && error.contains("Zephyrphone") && error.contains("colour"), error);
            assertEquals(shipped, Files.readString(watchlist));
            assertEquals(400, send(port, "PUT", "/api/triage/watchlist", supervisor, "{\"text\": \"x\"}").statusCode());

            HttpResponse<String> saved = send(port, "PUT", "/api/triage/watchlist", supervisor, edited);
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(12, JSON.readTree(saved.body()).get("terms").asInt());
            assertTrue(Files.readString(watchlist).contains("Zephyrphone"));

            HttpResponse<String> sources = send(port, "PUT", "/api/triage/sources", admin,
                    JSON.writeValueAsString(Map.of("yaml", "sources:\n  - {name: blog, kind: feed, url: 'http://127.0.0.1:9/x', interval: 1h}\n")));
            assertEquals(200, sources.statusCode(), sources.body());
            JsonNode listed = JSON.readTree(send(port, "GET", "/api/listener/sources", social, null).body()).get("sources");
            assertEquals("blog", listed.get(0).get("name").asText());
            assertTrue(serve.stop());
        }
    }

    @Test
    void aMistakeInAlertsYamlStopsServeNamingTheFileAndKey() throws Exception {
        Path config = copyConfig(dir.resolve("config"));
        Path alerts = config.resolve("listener").resolve("alerts.yaml");
        String shipped = Files.readString(alerts);
        Files.writeString(alerts, "surge: {k: lots}\n");
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "switchboard.jar").toString(), "--data", dir.resolve("data").toString(), "serve", "--port", "0")
                .redirectErrorStream(true);
        b.environment().put("SWITCHBOARD_CONFIG", config.resolve("switchboard.yaml").toString());
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(78, p.waitFor());
        assertTrue(out.contains("alerts.yaml: key 'surge.k' must be a number"), out);
        // the demo accounts are made once serving, so this first start made none: the start after
        // the fix makes them and shows their passwords, and nobody is left without a way in
        assertFalse(out.contains("demo accounts were created"), out);
        Files.writeString(alerts, shipped);
        try (ServeProcess fixed = ServeProcess.start(dir.resolve("data"), 0,
                Map.of("SWITCHBOARD_CONFIG", config.resolve("switchboard.yaml").toString()))) {
            signIn(fixed.port, "admin", fixed.demoPassword("admin"));
        }
    }

    private static Path copyConfig(Path target) {
        Path source = Path.of("..", "config");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private Session signIn(int port, String login, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return new Session(setCookie.substring(0, setCookie.indexOf(';')), JSON.readTree(r.body()).get("csrf_token").asText());
    }

    private HttpResponse<String> send(int port, String method, String path, Session session, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json").header("Origin", "http://127.0.0.1:" + port);
        }
        if (session != null) {
            b.header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
