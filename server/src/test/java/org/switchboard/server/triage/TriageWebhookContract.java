package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.callback.CallbackWebhook;
import org.switchboard.server.jdbc.Database;

/** The triage webhook against a receiver on loopback, with its delivery log; run on H2 and PostgreSQL. */
abstract class TriageWebhookContract {
    static final String SECRET = "a secret of the triage webhook";

    Database db;
    DeliveryLog log;
    ScheduledExecutorService retries;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        log = new DeliveryLog(db.transactions());
        retries = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void tearDown() {
        retries.shutdownNow();
        db.close();
    }

    TriageWebhook webhook(HookReceiver receiver, int attempts) {
        return new TriageWebhook(new AlertRules.Target(receiver.url(), SECRET.getBytes(StandardCharsets.UTF_8)), attempts,
                Duration.ofMillis(50), HttpClient.newHttpClient(), retries, log, Clock.systemUTC());
    }

    @Test
    void aDeliveryIsSignedAndLogged() throws Exception {
        try (HookReceiver receiver = new HookReceiver(204)) {
            TriageWebhook.Delivery d = webhook(receiver, 3).send("surge", "surge:7", "surge", Map.of("term", "Acme", "count", 12))
                    .get(10, TimeUnit.SECONDS);
            assertTrue(d.delivered());
            assertEquals(1, d.attempts());
            HookReceiver.Received r = receiver.next();
            assertEquals(CallbackWebhook.sign(SECRET.getBytes(StandardCharsets.UTF_8), r.body().getBytes(StandardCharsets.UTF_8)),
                    r.signature(), "HMAC-SHA256 of the exact body");
            assertEquals("surge", r.event());
            assertEquals(d.id(), r.delivery());
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertEquals("surge", body.get("event").asText());
            assertEquals(d.id(), body.get("delivery").asText());
            assertEquals("Acme", body.at("/surge/term").asText());
            assertEquals(12, body.at("/surge/count").asInt());
            assertNotNull(body.get("sent_at"));

            Map<String, Object> logged = log.recent(10).get(0);
            assertEquals(d.id(), logged.get("delivery_id"));
            assertEquals("surge", logged.get("event"));
            assertEquals("surge:7", logged.get("subject"));
            assertEquals(receiver.url().toString(), logged.get("url"));
            assertEquals(1, logged.get("attempts"));
            assertEquals("delivered", logged.get("outcome"));
            assertEquals(204, logged.get("last_status"));
            assertNull(logged.get("last_error"));
            assertNotNull(logged.get("finished_at"));
        }
    }

    @Test
    void aFailingReceiverIsTriedAgainWithTheSameDeliveryAndTheLogShowsEachAttempt() throws Exception {
        try (HookReceiver receiver = new HookReceiver(503, 500)) {
            TriageWebhook.Delivery d = webhook(receiver, 4).send("high_priority_mention", "mention:3", "mention",
                    Map.of("mention_id", 3)).get(10, TimeUnit.SECONDS);
            assertTrue(d.delivered());
            assertEquals(3, d.attempts());
            HookReceiver.Received first = receiver.next();
            HookReceiver.Received second = receiver.next();
            HookReceiver.Received third = receiver.next();
            assertEquals(first.body(), third.body(), "the same body each time");
            assertEquals(List.of(d.id(), d.id(), d.id()), List.of(first.delivery(), second.delivery(), third.delivery()));
            Map<String, Object> logged = log.recent(10).get(0);
            assertEquals(3, logged.get("attempts"));
            assertEquals("delivered", logged.get("outcome"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tries = (List<Map<String, Object>>) logged.get("tries");
            assertEquals(List.of(1, 2, 3), tries.stream().map(t -> t.get("attempt")).toList());
            assertEquals(List.of(503, 500, 200), tries.stream().map(t -> t.get("status")).toList());
            assertEquals("HTTP 503", tries.get(0).get("error"));
            assertNull(tries.get(2).get("error"));
        }
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpAfterTheAttempts() throws Exception {
        try (HookReceiver receiver = new HookReceiver().failingAlways()) {
            long start = System.nanoTime();
            TriageWebhook.Delivery d = webhook(receiver, 3).send("staff_mentioned", "mention:1:Maria Santos", "notice",
                    Map.of("staff", "Maria Santos")).get(10, TimeUnit.SECONDS);
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertFalse(d.delivered());
            assertEquals(3, d.attempts());
            assertTrue(tookMs >= 150, "waited 50 ms, then 100 ms: " + tookMs);
            Map<String, Object> logged = log.recent(10).get(0);
            assertEquals("failed", logged.get("outcome"));
            assertEquals(3, logged.get("attempts"));
            assertEquals(503, logged.get("last_status"));
            assertEquals("HTTP 503", logged.get("last_error"));
        }
    }

    @Test
    void noReceiverAtAllIsAFailedAttemptWithTheError() throws Exception {
        HookReceiver gone = new HookReceiver();
        gone.close();
        TriageWebhook.Delivery d = webhook(gone, 1).send("surge", "surge:1", "surge", Map.of()).get(20, TimeUnit.SECONDS);
        assertFalse(d.delivered());
        Map<String, Object> logged = log.recent(10).get(0);
        assertEquals("failed", logged.get("outcome"));
        assertEquals(0, logged.get("last_status"));
        assertTrue(String.valueOf(logged.get("last_error")).contains("Exception"), String.valueOf(logged.get("last_error")));
    }

    @Test
    void deliveriesLeftPendingByAStoppedServerAreMarkedFailedAtStart() {
        long row = log.open("d-1", "surge", "surge:1", java.net.URI.create("http://127.0.0.1:9/hook"),
                java.time.Instant.parse("2026-11-23T10:00:00Z"));
        log.attempt(row, 1, java.time.Instant.parse("2026-11-23T10:00:01Z"), 503, "HTTP 503", DeliveryLog.Outcome.PENDING);
        assertEquals(1, log.abandonPending(java.time.Instant.parse("2026-11-23T11:00:00Z")));
        Map<String, Object> logged = log.recent(1).get(0);
        assertEquals("failed", logged.get("outcome"));
        assertEquals("the server stopped before it was delivered", logged.get("last_error"));
        assertEquals(0, log.abandonPending(java.time.Instant.parse("2026-11-23T12:00:00Z")));
    }
}
