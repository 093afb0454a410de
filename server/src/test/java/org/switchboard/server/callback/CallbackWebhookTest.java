package org.switchboard.server.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The call back webhook against a receiver on loopback: signed JSON, retried with backoff, given up after the attempts. */
class CallbackWebhookTest {
    static final byte[] SECRET = "a secret of the receiver".getBytes(StandardCharsets.UTF_8);
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
    final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        retries.shutdownNow();
    }

    static Appointment appointment() {
        Callback c = new Callback(42, "ref-42", 7, "billing", "ana", NOW.plusSeconds(600), NOW.plusSeconds(2400),
                ZoneId.of("Asia/Manila"), "tl", ContactKind.PHONE, "+639171234567", "my bill", CallbackStatus.BOOKED, 0, NOW, NOW);
        return new Appointment(c, NOW, null, NOW, null);
    }

    private CallbackWebhook webhook(WebhookReceiver receiver, int attempts) {
        return new CallbackWebhook(new KeepingRules.WebhookTarget(receiver.url(), SECRET), attempts, Duration.ofMillis(20), client,
                retries, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aDeliveryIsSignedJsonWithoutTheVisitorsContact() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            CallbackWebhook.Delivery d = webhook(receiver, 3).send("callback.reminder", appointment()).get(10, TimeUnit.SECONDS);
            assertTrue(d.delivered());
            assertEquals(1, d.attempts());
            WebhookReceiver.Received r = receiver.next();
            assertEquals("callback.reminder", r.event());
            assertEquals(d.id(), r.delivery());
            assertTrue(r.contentType().startsWith("application/json"));
            assertEquals(CallbackWebhook.sign(SECRET, r.body()), r.signature());
            assertNotEquals(CallbackWebhook.sign("another secret".getBytes(StandardCharsets.UTF_8), r.body()), r.signature());
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertEquals("callback.reminder", body.get("event").asText());
            assertEquals(NOW.toString(), body.get("sent_at").asText());
            assertEquals(42, body.at("/callback/id").asLong());
            assertEquals("ana", body.at("/callback/agent").asText());
            assertEquals(NOW.plusSeconds(600).toString(), body.at("/callback/starts_at").asText());
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("+639171234567"), "no contact details leave");
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("my bill"), "nor the visitor's note");
        }
    }

    @Test
    void theSignatureIsTheKnownHmacSha256() {
        // RFC 4231 test case 2
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                CallbackWebhook.sign("Jefe".getBytes(StandardCharsets.US_ASCII),
                        "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void failuresAreRetriedWithTheSameDeliveryAndBody() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(500, 503)) {
            CallbackWebhook.Delivery d = webhook(receiver, 5).send("callback.overdue", appointment()).get(10, TimeUnit.SECONDS);
            assertTrue(d.delivered());
            assertEquals(3, d.attempts());
            assertEquals(200, d.lastStatus());
            WebhookReceiver.Received first = receiver.next();
            WebhookReceiver.Received second = receiver.next();
            WebhookReceiver.Received third = receiver.next();
            assertEquals(first.delivery(), third.delivery());
            assertEquals(new String(first.body(), StandardCharsets.UTF_8), new String(third.body(), StandardCharsets.UTF_8));
            assertEquals(first.signature(), second.signature());
            assertTrue(receiver.received.isEmpty());
        }
    }

    @Test
    void itGivesUpAfterTheAttempts() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(500, 500, 500, 500)) {
            CallbackWebhook.Delivery d = webhook(receiver, 2).send("callback.overdue", appointment()).get(10, TimeUnit.SECONDS);
            assertFalse(d.delivered());
            assertEquals(2, d.attempts());
            assertEquals(500, d.lastStatus());
            receiver.next();
            receiver.next();
            assertTrue(receiver.received.isEmpty());
        }
    }

    @Test
    void noReceiverIsRetriedThenGivenUp() throws Exception {
        WebhookReceiver gone = new WebhookReceiver();
        gone.close();
        CallbackWebhook.Delivery d = webhook(gone, 3).send("callback.reminder", appointment()).get(10, TimeUnit.SECONDS);
        assertFalse(d.delivered());
        assertEquals(3, d.attempts());
        assertEquals(0, d.lastStatus());
    }
}
