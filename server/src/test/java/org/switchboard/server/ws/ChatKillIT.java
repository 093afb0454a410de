package org.switchboard.server.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.server.ws.WsClient.frame;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.ServeProcess;

/**
 * {@code serve} killed with SIGKILL while a visitor is sending: every message that was
 * acknowledged is there after a restart, once, at the sequence number of its acknowledgement.
 */
class ChatKillIT {
    @TempDir
    Path data;

    @Test
    void noAcknowledgedMessageIsLostWhenTheServerIsKilled() throws Exception {
        String token;
        Map<String, Long> acked = new HashMap<>();
        try (ServeProcess serve = ServeProcess.start(data, 0, Map.of()); WsClient c = WsClient.connect(serve.port)) {
            c.send(frame("hello").put("site_key", "demo").put("language", "en"));
            token = c.expect("welcome").get("token").asText();
            int sent = 0;
            long start = System.nanoTime();
            while (acked.size() < 25) {
                if (sent < 60 && System.nanoTime() - start > sent * 120_000_000L) { // 8 a second: under the limit
                    c.send(frame("message").put("client_id", "k-" + sent).put("text", "kill test " + sent + ": how do I reset my password"));
                    sent++;
                }
                for (JsonNode f : c.drain(20)) {
                    if (f.path("type").asText().equals("ack")) {
                        acked.put(f.get("client_id").asText(), f.get("seq").asLong());
                    }
                    assertTrue(!f.path("type").asText().equals("error"), f.toString());
                }
            }
            serve.kill(); // right after the 25th acknowledgement, with more messages in flight
        }

        try (ServeProcess again = ServeProcess.start(data, 0, Map.of()); WsClient c = WsClient.connect(again.port)) {
            // killed, it never closed the database: this start rebuilt the file first (docs/storage.md)
            assertTrue(again.startOutput.contains("did not close it (it was killed or crashed); rebuilt it"),
                    again.startOutput);
            c.send(frame("hello").put("site_key", "demo").put("token", token));
            JsonNode welcome = c.expect("welcome");
            Map<String, Long> found = new HashMap<>();
            Map<String, Integer> times = new HashMap<>();
            for (long i = 0; i < welcome.get("last_seq").asLong(); i++) {
                JsonNode e = c.expect("event");
                if (e.get("kind").asText().equals("message_received")) {
                    String id = "k-" + e.get("text").asText().split(":")[0].substring("kill test ".length());
                    found.put(id, e.get("seq").asLong());
                    times.merge(id, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Long> a : acked.entrySet()) {
                assertEquals(a.getValue(), found.get(a.getKey()), "acknowledged " + a.getKey() + " must survive at its seq");
            }
            assertTrue(times.values().stream().allMatch(n -> n == 1), "each stored once: " + times);
            c.send(frame("message").put("client_id", "after").put("text", "what are your opening hours"));
            assertEquals(welcome.get("last_seq").asLong() + 1, c.expect("ack").get("seq").asLong());
            List<JsonNode> turn = c.turn();
            assertTrue(turn.stream().anyMatch(f -> f.path("author").asText().equals("bot")), turn.toString());
        }
    }
}
