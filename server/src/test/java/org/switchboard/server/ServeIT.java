package org.switchboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard serve} as an operator runs it: the shaded jar, a fresh data directory, one port. */
class ServeIT {
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
            assertEquals(new ObjectMapper().readTree("{\"status\":\"ok\",\"faq_entries\":36,\"chat_connections\":0,\"listener_sources\":0}"),
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
            // the welcome and the greeting come as one message: a JSON array of frames (docs/protocol.md)
            assertTrue(welcome != null && welcome.startsWith("[{\"type\":\"welcome\""), String.valueOf(welcome));
            assertTrue(welcome.contains("\"kind\":\"bot_replied\""), welcome);
            assertTrue(welcome.contains("\"bot_name\":\"Sam\""), welcome);
            ws.abort();
            assertTrue(serve.stop(), "serve did not stop on SIGTERM");
        }
    }
}
