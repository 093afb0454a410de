package org.switchboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard serve} as an operator runs it: the shaded jar, a fresh data directory, one port. */
public class ServeIT {
    @TempDir
    Path data;

    @Test
    void servesAssetsHealthAndChatOnOnePortWithTheDemoFaqLoaded() throws Exception {
        try (ServeProcess serve = ServeProcess.start(data, 0, Map.of())) {
            int port = serve.port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            // as JSON, not text: the order of the keys after "status" differs from run to run (Map.of)
            // ServeProcess waited for the full model: the first start served the demo with a quick one meanwhile
            assertEquals(new ObjectMapper().readTree("{\"status\":\"ok\",\"faq_entries\":36,\"faq_model\":\"full\","
                    + "\"chat_connections\":0,\"listener_sources\":0}"), new ObjectMapper().readTree(health.body()), health.body());
            assertTrue(serve.startOutput.contains("loaded 36 demo entries from")
                    && serve.startOutput.contains("with a quickly trained model; the full one follows in the background"), serve.startOutput);
            // Jersey's misleading "will be ignored" warning for each resource registered as an instance is dropped
            assertFalse(serve.startOutput.contains("will be ignored"), serve.startOutput);
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
            // the welcome and the greeting come as one message: a JSON array of frames (docs/protocol.md)
            assertTrue(welcome != null && welcome.startsWith("[{\"type\":\"welcome\""), String.valueOf(welcome));
            assertTrue(welcome.contains("\"kind\":\"bot_replied\""), welcome);
            assertTrue(welcome.contains("\"bot_name\":\"Sam\""), welcome);

            // one question, answered: /metrics counts it and times it (docs/metrics.md)
            ws.sendText("{\"type\":\"message\",\"client_id\":\"c1\",\"text\":\"How do I reset my password?\"}", true).join();
            String turn = frames.poll(10, TimeUnit.SECONDS);
            assertTrue(turn != null && turn.contains("\"type\":\"ack\""), String.valueOf(turn));
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("content-type").orElse("").startsWith("text/plain; version=0.0.4"),
                    metrics.headers().toString());
            String text = metrics.body();
            assertEquals(1.0, sample(text, "switchboard_chat_messages_received_total"), text);
            assertEquals(1.0, sample(text, "switchboard_chat_reply_seconds_count"), text);
            assertEquals(1.0, sample(text, "switchboard_chat_reply_seconds_bucket{le=\"1.0\"}"), "answered within 1 s: " + text);
            assertEquals(1.0, sample(text, "switchboard_chat_connections"), text);
            assertEquals(0.0, sample(text, "switchboard_handoff_waiting{team=\"support\"}"), text);
            assertTrue(sample(text, "jvm_memory_used_bytes{area=\"heap\",id=\"G1 Eden Space\"}") >= 0, text);
            ws.abort();
            assertTrue(serve.stop(), "serve did not stop on SIGTERM");
            // it closed the database: the next start has nothing to rebuild (docs/storage.md)
            assertTrue(Files.isRegularFile(data.resolve("switchboard.mv.db")));
            assertFalse(Files.exists(data.resolve("switchboard.open")), "a clean stop leaves no marker");
        }
    }

    /** The value of one sample line of the Prometheus text format, e.g. {@code name{label="x"} 1.0}. */
    public static double sample(String text, String series) {
        return text.lines().filter(l -> l.startsWith(series + " ")).map(l -> Double.parseDouble(l.substring(series.length() + 1).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + series));
    }
}
