package org.switchboard.server.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.ServeProcess;

/**
 * {@code serve} runs the pollers in the background and stores mentions: a copy of the
 * repository's configuration whose sources name a loopback feed and a broken one; the social
 * team's login sees the mention and each source's health; a visitor without a login sees nothing.
 */
class ServeListenerIT {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void servePollsTheConfiguredSourcesAndTheSocialTeamSeesTheMentions() throws Exception {
        try (FakeFeedServer web = new FakeFeedServer()) {
            web.items(List.of(ListenerServiceIT.COMPLAINT, ListenerServiceIT.UNRELATED));
            Path config = copyConfig(dir.resolve("config"));
            Files.writeString(config.resolve("listener").resolve("sources.yaml"), """
                    sources:
                      - {name: alerts, kind: feed, interval: 10s, url: "%s"}
                      - {name: broken, kind: feed, interval: 10s, url: "%s"}
                    """.formatted(web.uri("/feed.xml"), web.uri("/broken")));
            try (ServeProcess serve = ServeProcess.start(dir.resolve("data"), 0,
                    Map.of("SWITCHBOARD_CONFIG", config.resolve("switchboard.yaml").toString()))) {
                assertEquals(401, get(serve.port, "/api/listener/mentions", null).statusCode());
                String cookie = cookie(serve.port, "social", serve.demoPassword("social"));
                JsonNode mentions = null;
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline) {
                    mentions = new ObjectMapper().readTree(get(serve.port, "/api/listener/mentions", cookie).body()).get("mentions");
                    if (mentions.size() > 0) {
                        break;
                    }
                    Thread.sleep(200);
                }
                assertEquals(1, mentions.size(), String.valueOf(mentions));
                JsonNode m = mentions.get(0);
                assertEquals(ListenerServiceIT.COMPLAINT.title(), m.get("text").asText());
                assertEquals("alerts", m.get("source").asText());
                assertEquals("Acme", m.get("matches").get(0).get("term").asText());
                assertTrue(m.get("complaint").asBoolean(), m.toString());

                JsonNode sources = new ObjectMapper().readTree(get(serve.port, "/api/listener/sources", cookie).body()).get("sources");
                assertEquals("alerts", sources.get(0).get("name").asText());
                assertTrue(sources.get(0).get("healthy").asBoolean(), sources.toString());
                assertEquals("broken", sources.get(1).get("name").asText());
                assertTrue(!sources.get(1).get("healthy").asBoolean() && sources.get(1).get("last_error").asText().contains("503"),
                        sources.toString());
                String metrics = get(serve.port, "/metrics", null).body();
                assertEquals(1.0, org.switchboard.server.ServeIT.sample(metrics,
                        "switchboard_listener_source_healthy{kind=\"feed\",source=\"alerts\"}"), metrics);
                assertEquals(0.0, org.switchboard.server.ServeIT.sample(metrics,
                        "switchboard_listener_source_healthy{kind=\"feed\",source=\"broken\"}"), metrics);
                assertTrue(org.switchboard.server.ServeIT.sample(metrics,
                        "switchboard_listener_source_lag_seconds{kind=\"feed\",source=\"alerts\"}") < 30, metrics);
                assertEquals(1.0, org.switchboard.server.ServeIT.sample(metrics, "switchboard_listener_mentions_total"), metrics);
                String agent = cookie(serve.port, "agent", serve.demoPassword("agent"));
                assertEquals(403, get(serve.port, "/api/listener/sources", agent).statusCode());
                // the service-level standards: agents read them, the social team does not (docs/standards.md)
                HttpResponse<String> standards = get(serve.port, "/api/service-levels/standards?tz=Europe/Athens", agent);
                assertEquals(200, standards.statusCode(), standards.body());
                JsonNode levels = new ObjectMapper().readTree(standards.body());
                assertEquals("Europe/Athens", levels.get("tz").asText());
                assertEquals("bot_ack", levels.get("standards").get(0).get("measure").asText());
                assertEquals(0, levels.get("standards").get(0).get("counted").asInt());
                assertEquals(403, get(serve.port, "/api/service-levels/standards", cookie).statusCode());
                assertEquals(400, get(serve.port, "/api/service-levels/standards?tz=Mars/Base", agent).statusCode());
                JsonNode chats = new ObjectMapper().readTree(get(serve.port, "/api/service-levels/conversations?tz=Asia/Manila", agent).body());
                assertEquals("Asia/Manila", chats.get("tz").asText());
                assertEquals(0, chats.get("conversations").asInt());
                assertEquals(24, chats.get("messages_by_weekday_hour").get("monday").size());
                HttpResponse<String> csv = get(serve.port, "/api/service-levels/conversations/peak_hours.csv", agent);
                assertEquals(200, csv.statusCode());
                assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"), csv.headers().toString());
                assertEquals(8, csv.body().lines().count(), csv.body());
                assertEquals(400, get(serve.port, "/api/service-levels/conversations/secrets.csv", agent).statusCode());
                assertEquals(403, get(serve.port, "/api/service-levels/conversations", cookie).statusCode());
                JsonNode perTerm = new ObjectMapper().readTree(get(serve.port, "/api/service-levels/mentions?from="
                        + java.time.Instant.now().minusSeconds(30L * 86400) + "&until=" + java.time.Instant.now().plusSeconds(86400), cookie).body());
                assertEquals("Acme", perTerm.get("terms").get(0).get("term").asText(), perTerm.toString());
                assertEquals(1, perTerm.get("terms").get(0).get("days").get(0).get("complaints").asInt(), perTerm.toString());
                assertTrue(serve.stop());
            }
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
            Files.createDirectories(target.resolve("listener"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private String cookie(int port, String login, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
