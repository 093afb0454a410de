package org.switchboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard serve} as an operator runs it: the shaded jar, a fresh data directory, one port. */
class ServeIT {
    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/ \\(ready in (\\d+) ms");

    @TempDir
    Path data;

    @Test
    void servesAssetsHealthAndChatOnOnePortWithTheDemoFaqLoaded() throws Exception {
        ProcessBuilder serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ShadedJarIT.JAR.toString(), "--data", data.toString(), "serve", "--port", "0", "--host", "127.0.0.1")
                .redirectErrorStream(true);
        serve.environment().put("SWITCHBOARD_CONFIG", Path.of("..", "config", "switchboard.yaml").toString());
        Process p = serve.start();
        try {
            int port = awaitServing(p);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            // as JSON, not text: the order of the keys after "status" differs from run to run (Map.of)
            assertEquals(new ObjectMapper().readTree("{\"status\":\"ok\",\"faq_entries\":36,\"chat_connections\":0}"),
                    new ObjectMapper().readTree(health.body()), health.body());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"), page.headers().toString());
            assertTrue(page.body().contains("served by Switchboard"), page.body());

            BlockingQueue<String> frames = new LinkedBlockingQueue<>();
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/chat"),
                    new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                            frames.add(data.toString());
                            socket.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            ws.sendText("{\"type\":\"hello\",\"site_key\":\"demo\",\"language\":\"en\"}", true).join();
            String welcome = frames.poll(10, TimeUnit.SECONDS);
            assertTrue(welcome != null && welcome.startsWith("{\"type\":\"welcome\""), String.valueOf(welcome));
            assertTrue(welcome.contains("\"bot_name\":\"Sam\""), welcome);
            ws.abort();
        } finally {
            p.destroy();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        }
    }

    private static int awaitServing(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve exited before serving:\n" + seen);
    }
}
