package org.switchboard.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import org.switchboard.server.chat.ChatMeter;
import org.switchboard.server.listener.ListenerService;
import org.switchboard.server.listener.MentionListener;
import org.switchboard.server.listener.StoredMention;

/**
 * The metrics {@code serve} exposes at {@code /metrics}. Every name starts with
 * {@code switchboard_}, except the JVM's own ({@code jvm_}, {@code process_}, {@code system_}).
 * Reply and pick-up times are histograms whose buckets are the standards' limits (1 s for the
 * bot's acknowledgement, 2 minutes for a pick-up), so a percentile within a limit can be read
 * off a bucket. Thread-safe.
 */
public final class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Clock clock;
    private final Counter messages;
    private final Timer replies;
    private final Counter mentions;

    public ServiceMetrics(Clock clock) {
        this.clock = clock;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        messages = Counter.builder("switchboard.chat.messages.received")
                .description("Visitor messages and quick replies accepted for a turn").register(registry);
        replies = Timer.builder("switchboard.chat.reply")
                .description("From a visitor's frame arriving to its ack and the reply being sent (stored first)")
                .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(5))
                .register(registry);
        mentions = Counter.builder("switchboard.listener.mentions")
                .description("Mentions the listener stored (new ones, not folded posts)").register(registry);
    }

    /** The chat service's meter. */
    public ChatMeter chat() {
        return new ChatMeter() {
            @Override
            public void messageReceived() {
                messages.increment();
            }

            @Override
            public void turnAnswered(long conversationId, long nanos) {
                replies.record(nanos, TimeUnit.NANOSECONDS);
            }
        };
    }

    /** Open widget connections, read at each scrape. */
    public void connections(IntSupplier open) {
        Gauge.builder("switchboard.chat.connections", open::getAsInt).description("Open widget WebSocket connections")
                .register(registry);
    }

    /** People waiting for a person, per team, read at each scrape. */
    public void waiting(List<String> teams, ToIntFunction<String> waitingIn) {
        for (String team : teams) {
            Gauge.builder("switchboard.handoff.waiting", () -> waitingIn.applyAsInt(team)).tag("team", team)
                    .description("Visitors waiting for a person").register(registry);
        }
    }

    /** A pick-up: how long the visitor waited for a person of {@code team}. */
    public void pickedUp(String team, Duration waited) {
        Timer.builder("switchboard.handoff.pickup").tag("team", team)
                .description("From a handoff's request to an agent taking it")
                .serviceLevelObjectives(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                        Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30))
                .register(registry).record(waited.isNegative() ? Duration.ZERO : waited);
    }

    /**
     * Each configured source's health (1 healthy, 0 not), lag (seconds since its last successful
     * poll, or since start when none has succeeded) and reads today; mentions stored.
     */
    public void listener(ListenerService listener) {
        Instant started = clock.instant();
        for (var source : listener.sources()) {
            String name = source.name();
            Gauge.builder("switchboard.listener.source.healthy", () -> value(listener, name, "healthy", started))
                    .tag("source", name).tag("kind", source.kind()).description("1 when the source's last poll succeeded")
                    .register(registry);
            Gauge.builder("switchboard.listener.source.lag", () -> value(listener, name, "lag", started))
                    .tag("source", name).tag("kind", source.kind()).baseUnit("seconds")
                    .description("Seconds since the source's last successful poll").register(registry);
            Gauge.builder("switchboard.listener.source.reads.today", () -> value(listener, name, "reads", started))
                    .tag("source", name).tag("kind", source.kind()).description("Posts read today (UTC) from the source")
                    .register(registry);
        }
        listener.onMention(new MentionListener() {
            @Override
            public void created(StoredMention mention) {
                mentions.increment();
            }
        });
    }

    private double value(ListenerService listener, String name, String what, Instant started) {
        for (Map<String, Object> s : listener.status()) {
            if (!name.equals(s.get("name"))) {
                continue;
            }
            return switch (what) {
                case "healthy" -> Boolean.TRUE.equals(s.get("healthy")) ? 1 : 0;
                case "lag" -> {
                    Object last = s.get("last_success_at");
                    Instant since = last == null ? started : Instant.parse(last.toString());
                    yield Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
                }
                default -> ((Number) ((Map<?, ?>) s.get("reads")).get("today")).doubleValue();
            };
        }
        return Double.NaN;
    }

    /** The Prometheus text format of every metric. */
    public String scrape() {
        return registry.scrape();
    }
}
