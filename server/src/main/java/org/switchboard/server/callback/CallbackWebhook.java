package org.switchboard.server.callback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts call back reminders and escalations to the configured webhook: a JSON body, signed with
 * HMAC-SHA256 of the exact body bytes under the secret ({@code X-Switchboard-Signature:
 * sha256=<hex>}), with the event name and a delivery id in headers. A delivery that fails (no
 * connection, a timeout, an answer other than 2xx) is tried again after 1×, 2×, 4× … the first
 * delay, up to the configured attempts; the same delivery id and body each time, so the receiver
 * can drop repeats. Every attempt is a log line ({@code callback webhook delivery …}): the
 * delivery log. Never blocks the caller. Thread-safe.
 *
 * <p>Receivers check: {@code hex(HMAC_SHA256(secret, body)) == signature}, and may refuse a
 * {@code sent_at} too old to be fresh.
 */
public final class CallbackWebhook {
    public static final String SIGNATURE = "X-Switchboard-Signature";
    public static final String EVENT = "X-Switchboard-Event";
    public static final String DELIVERY = "X-Switchboard-Delivery";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(CallbackWebhook.class.getName());

    private final KeepingRules.WebhookTarget target;
    private final int attempts;
    private final Duration firstDelay;
    private final HttpClient client;
    private final ScheduledExecutorService retries;
    private final Clock clock;

    /**
     * @param firstDelay the wait before the second attempt (doubling after)
     * @param retries    runs the attempts after the first
     */
    public CallbackWebhook(KeepingRules.WebhookTarget target, int attempts, Duration firstDelay, HttpClient client,
                           ScheduledExecutorService retries, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1: " + attempts);
        }
        this.attempts = attempts;
        this.firstDelay = Objects.requireNonNull(firstDelay, "firstDelay");
        this.client = Objects.requireNonNull(client, "client");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How a delivery ended: delivered at the attempt given, or given up after all attempts. */
    public record Delivery(String id, boolean delivered, int attempts, int lastStatus) {
    }

    /**
     * Sends {@code event} about the call back.
     *
     * @return completes when delivered or given up; never exceptionally
     */
    public CompletableFuture<Delivery> send(String event, Appointment appointment) {
        String id = UUID.randomUUID().toString();
        ObjectNode body = JSON.createObjectNode().put("event", event).put("delivery", id)
                .put("sent_at", clock.instant().toString());
        body.set("callback", describe(appointment));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Delivery> done = new CompletableFuture<>();
        attempt(event, id, bytes, 1, done);
        return done;
    }

    /** What the receiver learns: the call back's time, team and agent; not the visitor's contact or note. */
    static ObjectNode describe(Appointment a) {
        Callback c = a.callback();
        ObjectNode o = JSON.createObjectNode().put("id", c.id()).put("reference", c.reference())
                .put("conversation_id", c.conversationId()).put("team", c.team()).put("agent", c.assignedAgent())
                .put("starts_at", c.start().toString()).put("ends_at", c.end().toString())
                .put("visitor_zone", c.visitorZone().getId()).put("language", c.language())
                .put("contact_kind", c.contactKind().dbValue());
        o.put("call_started", a.callStartedAt() != null);
        return o;
    }

    /** {@code sha256=} and the lower-case hex HMAC-SHA256 of {@code body} under {@code secret}. */
    public static String sign(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    private void attempt(String event, String id, byte[] body, int n, CompletableFuture<Delivery> done) {
        HttpRequest request = HttpRequest.newBuilder(target.url()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8").header(EVENT, event).header(DELIVERY, id)
                .header(SIGNATURE, sign(target.secret(), body)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            int status = response == null ? 0 : response.statusCode();
            if (failure == null && status >= 200 && status < 300) {
                LOG.log(System.Logger.Level.INFO, "callback webhook delivery {0} ({1}) attempt {2}: delivered, HTTP {3}",
                        id, event, n, status);
                done.complete(new Delivery(id, true, n, status));
                return;
            }
            String why = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage() : "HTTP " + status;
            if (n >= attempts) {
                LOG.log(System.Logger.Level.WARNING, "callback webhook delivery {0} ({1}) attempt {2}: {3}; given up",
                        id, event, n, why);
                done.complete(new Delivery(id, false, n, status));
                return;
            }
            long wait = firstDelay.toMillis() << (n - 1);
            LOG.log(System.Logger.Level.WARNING, "callback webhook delivery {0} ({1}) attempt {2}: {3}; again in {4} ms",
                    id, event, n, why, wait);
            try {
                retries.schedule(() -> attempt(event, id, body, n + 1, done), wait, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.log(System.Logger.Level.WARNING, "callback webhook delivery {0} ({1}): stopping; given up", id, event);
                done.complete(new Delivery(id, false, n, status));
            }
        });
    }
}
