package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code listener classify} and {@code listener poll --once} end to end in this process: the
 * real watchlist, classifiers and FAQ index, a real feed over loopback, the H2 file.
 */
class ListenerCommandsIT {
    static final String WATCHLIST = """
            terms:
              - {name: Acme, kind: brand, aliases: [ACME Corp], handles: ["@acme"], hashtags: ["#acme"], exclude: ["acme anvil meme"]}
              - {name: Maria Santos, kind: staff}
            """;
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>alerts</title><link>https://alerts.example/</link><description>d</description>
            <item><guid>g1</guid><title>Acme billing charged me twice and support never called back</title>
            <link>https://news.example/1</link><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>
            <item><guid>g2</guid><title>Ten ways to cook pineapple</title>
            <link>https://news.example/2</link><pubDate>Mon, 23 Nov 2026 08:01:00 GMT</pubDate></item>
            </channel></rss>
            """;

    @TempDir
    Path dir;

    HttpServer web;
    Path data;

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        Path listener = Files.createDirectories(dir.resolve("listener"));
        Files.writeString(listener.resolve("watchlist.yaml"), WATCHLIST);
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/alerts.xml", x -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        web.createContext("/down.xml", x -> {
            x.sendResponseHeaders(500, -1);
            x.close();
        });
        web.start();
    }

    @AfterEach
    void tearDown() {
        web.stop(0);
    }

    private Console console() {
        return new Console(dir);
    }

    @Test
    void classifyWritesOneLinePerPostAndReportsABadLineByNumber() throws Exception {
        Console c = console();
        c.stdin = """
                {"id":"1","text":"@acme my internet has been down for two days and nobody answers!!","author":"@ana","followers":5400,"source":"x","url":"https://x.example/1","created_at":"2026-11-23T08:00:00Z"}
                {"id":"2","text":"pineapple on pizza is fine actually","author":"@bo","followers":3,"source":"x","url":"","created_at":"2026-11-23T08:01:00Z"}
                not json at all
                {"id":"4","text":"Maria Santos from Acme fixed my router, thank you!","author":"@cy","followers":10,"source":"x","created_at":"2026-11-23T08:02:00Z"}
                {"id":"5","author":"@dee"}
                """;
        int code = c.runReal("--data", data.toString(), "listener", "classify");
        assertEquals(ExitCodes.DATA_ERROR, code, c.stderrText());
        assertTrue(c.stderrText().contains("stdin line 3: not JSON"), c.stderrText());
        assertTrue(c.stderrText().contains("stdin line 5: \"text\" is missing"), c.stderrText());
        List<String> lines = c.stdoutText().lines().toList();
        assertEquals(3, lines.size(), c.stdoutText());
        ObjectMapper json = new ObjectMapper();
        JsonNode complaint = json.readTree(lines.get(0));
        assertEquals(List.of("id", "language", "matches", "sentiment", "complaint", "question", "abusive", "confidence",
                "priority", "suggested_reply"), iterable(complaint.fieldNames()));
        assertEquals("1", complaint.get("id").asText());
        assertEquals("en", complaint.get("language").asText());
        assertEquals("Acme", complaint.get("matches").get(0).get("term").asText());
        assertEquals("brand", complaint.get("matches").get(0).get("kind").asText());
        assertEquals(0, complaint.get("matches").get(0).get("span").get(0).asInt());
        assertEquals(5, complaint.get("matches").get(0).get("span").get(1).asInt());
        assertEquals("negative", complaint.get("sentiment").asText());
        assertTrue(complaint.get("complaint").asBoolean());
        JsonNode pizza = json.readTree(lines.get(1));
        assertEquals(0, pizza.get("matches").size());
        JsonNode praise = json.readTree(lines.get(2));
        assertTrue(iterable(praise.get("matches").elements()).stream().anyMatch(m -> m.get("kind").asText().equals("staff")));
        assertTrue(complaint.get("priority").asInt() > praise.get("priority").asInt(),
                "the complaint comes first: " + complaint.get("priority") + " vs " + praise.get("priority"));
        assertEquals("positive", praise.get("sentiment").asText());
    }

    @Test
    void pollOnceStoresAndPrintsWhatItFlaggedAndSaysWhichSourceFailed() throws Exception {
        int port = web.getAddress().getPort();
        Files.writeString(dir.resolve("listener").resolve("sources.yaml"), """
                sources:
                  - {name: alerts, kind: feed, interval: 5m, url: "http://127.0.0.1:%d/alerts.xml"}
                  - {name: down, kind: feed, interval: 5m, url: "http://127.0.0.1:%d/down.xml"}
                """.formatted(port, port));
        Console c = console();
        int code = c.runReal("--data", data.toString(), "listener", "poll", "--once");
        assertEquals(ExitCodes.IO_ERROR, code, c.stdoutText() + c.stderrText());
        String out = c.stdoutText();
        assertTrue(out.contains("alerts (feed): 2 read, 1 flagged, 1 new"), out);
        assertTrue(out.contains("Acme billing charged me twice"), out);
        assertTrue(out.contains("down (feed): FAILED:") && out.contains("500"), out);

        Console again = console();
        again.runReal("--data", data.toString(), "listener", "poll", "--once");
        assertTrue(again.stdoutText().contains("alerts (feed): 2 read, 0 flagged") || again.stdoutText().contains("0 new"),
                again.stdoutText());
        assertTrue(!again.stdoutText().contains("Acme billing charged me twice"), "nothing flagged twice: " + again.stdoutText());
    }

    @Test
    void pollWithoutSourcesSaysWhereToConfigureThem() {
        Console c = console();
        assertEquals(ExitCodes.CONFIG, c.runReal("--data", data.toString(), "listener", "poll", "--once"));
        assertTrue(c.stderrText().contains("no enabled source in"), c.stderrText());
    }

    @Test
    void benchListenerPrintsThePureMatchingRateBesideTheWholeRate() {
        Console c = console();
        int code = c.runReal("--data", data.toString(), "bench", "listener", "--posts", "3000", "--threads", "2");
        assertEquals(0, code, c.stderrText());
        String out = c.stdoutText();
        assertTrue(out.contains("watchlist only (pure matching)"), out);
        assertTrue(out.contains("match + language + classify + priority"), out);
        assertTrue(out.matches("(?s).*3,000 posts \\(\\d[\\d,]* name a watched term\\).*"), out);
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
