package org.switchboard.server.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.server.callback.CallbackWebhook;

/**
 * Posts triage alerts ({@code high_priority_mention}, {@code surge}, {@code staff_mentioned}) to
 * the configured webhook, signed and retried like the call back webhook ({@link CallbackWebhook}:
 * {@code X-Switchboard-Signature: sha256=<hex HMAC-SHA256 of the body>}, {@code X-Switchboard-Event},
 * {@code X-Switchboard-Delivery}), and logs every attempt in the {@link DeliveryLog}. A failed
 * attempt (no connection, a timeout, an answer other than 2xx) is tried again after
 * {@code firstRetry}, then twice, four times … as long, up to {@code attempts}; the same delivery
 * id and body each time, so a receiver can drop repeats. Never blocks the caller. Thread-safe.
 */
public final class TriageWebhook {
    private static final Logger LOG = Logger.getLogger(TriageWebhook.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlertRules.Target target;
    private final int attempts;
    private final Duration firstRetry;
    private final HttpClient client;
    private final ScheduledExecutorService retries;
    private final DeliveryLog log;
    private final Clock clock;

    public TriageWebhook(AlertRules.Target target, int attempts, Duration firstRetry, HttpClient client,
                         ScheduledExecutorService retries, DeliveryLog log, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1: " + attempts);
        }
        this.attempts = attempts;
        this.firstRetry = Objects.requireNonNull(firstRetry, "firstRetry");
        this.client = Objects.requireNonNull(client, "client");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How a delivery ended. */
    public record Delivery(String id, boolean delivered, int attempts, int lastStatus) {
    }

    /**
     * Sends {@code {"event", "delivery", "sent_at", <key>: payload}}.
     *
     * @param subject what it is about, for the log ({@code mention:12}, {@code surge:3})
     * @return completes when delivered or given up; never exceptionally
     */
    public CompletableFuture<Delivery> send(String event, String subject, String key, Map<String, Object> payload) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("delivery", id);
        body.put("sent_at", clock.instant().toString());
        body.put(key, payload);
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the " + event + " payload is not JSON: " + e.getMessage(), e);
        }
        long row;
        try {
            row = log.open(id, event, subject, target.url(), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "triage webhook: could not log delivery " + id + "; sending anyway", e);
            row = -1;
        }
        CompletableFuture<Delivery> done = new CompletableFuture<>();
        attempt(event, id, row, bytes, 1, done);
        return done;
    }

    private void attempt(String event, String id, long row, byte[] body, int n, CompletableFuture<Delivery> done) {
        HttpRequest request = HttpRequest.newBuilder(target.url()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8").header(CallbackWebhook.EVENT, event)
                .header(CallbackWebhook.DELIVERY, id).header(CallbackWebhook.SIGNATURE, CallbackWebhook.sign(target.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            int status = response == null ? 0 : response.statusCode();
            boolean delivered = failure == null && status >= 200 && status < 300;
            String why = delivered ? null : failure != null ? failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) : "HTTP " + status;
            boolean last = delivered || n >= attempts;
            record(row, n, status, why, delivered ? DeliveryLog.Outcome.DELIVERED
                    : last ? DeliveryLog.Outcome.FAILED : DeliveryLog.Outcome.PENDING);
            if (delivered) {
                LOG.info(() -> "triage webhook delivery " + id + " (" + event + ") attempt " + n + ": delivered, HTTP " + status);
                done.complete(new Delivery(id, true, n, status));
                return;
            }
            if (last) {
                LOG.warning(() -> "triage webhook delivery " + id + " (" + event + ") attempt " + n + ": " + why + "; given up");
                done.complete(new Delivery(id, false, n, status));
                return;
            }
            long wait = firstRetry.toMillis() << (n - 1);
            LOG.warning(() -> "triage webhook delivery " + id + " (" + event + ") attempt " + n + ": " + why + "; again in "
                    + wait + " ms");
            try {
                retries.schedule(() -> attempt(event, id, row, body, n + 1, done), wait, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                if (row >= 0) {
                    log.giveUp(row, "the server is stopping", clock.instant());
                }
                done.complete(new Delivery(id, false, n, status));
            }
        });
    }

    private void record(long row, int n, int status, String error, DeliveryLog.Outcome outcome) {
        if (row < 0) {
            return;
        }
        try {
            log.attempt(row, n, clock.instant(), status, error, outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "triage webhook: could not log an attempt", e);
        }
    }
}
