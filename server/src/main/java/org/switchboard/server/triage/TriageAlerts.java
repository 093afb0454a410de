package org.switchboard.server.triage;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.listener.understand.Sentiment;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.server.jdbc.Transactions;
import org.switchboard.server.listener.ListenerParts;
import org.switchboard.server.listener.ListenerService;
import org.switchboard.server.listener.MentionJson;
import org.switchboard.server.listener.MentionListener;
import org.switchboard.server.listener.StoredMention;

/**
 * The triage alerts wired together (docs/triage-alerts.md): for each new mention, on the
 * {@code triage-alerts} thread, a {@code high_priority_mention} webhook when its priority reaches
 * {@code high_priority}, a {@code staff_mentioned} notice for each mapped staff member it names,
 * and, when it is negative, a surge evaluation of its terms (mentions that arrive together, a
 * poll's worth, share one evaluation); every term is also evaluated on a
 * timer (which is what ends surges). A surge that starts is published to the triage page
 * ({@code surge}) and the webhook; one that ends is published as {@code surge_ended}. Also makes
 * the {@link AlertsResource} (surges, the delivery log, watchlist and source editing).
 */
public final class TriageAlerts implements MentionListener, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TriageAlerts.class.getName());

    private final AlertRules rules;
    private final SurgeDetector detector;
    private final Optional<TriageWebhook> webhook;
    private final StaffNotices notices;
    private final TriageEvents events;
    private final ScheduledExecutorService executor;
    private final Queue<StoredMention> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private AlertsResource resource;

    TriageAlerts(AlertRules rules, SurgeDetector detector, Optional<TriageWebhook> webhook, TriageEvents events,
                 ScheduledExecutorService executor) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.webhook = Objects.requireNonNull(webhook, "webhook");
        this.notices = new StaffNotices(rules.staffNotices());
        this.events = Objects.requireNonNull(events, "events");
        this.executor = Objects.requireNonNull(executor, "executor");
        detector.listen(new SurgeDetector.Listener() {
            @Override
            public void started(Surge s) {
                events.publish("surge", s.json());
                webhook.ifPresent(w -> w.send("surge", "surge:" + s.id(), "surge", s.json()));
            }

            @Override
            public void ended(Surge s) {
                events.publish("surge_ended", s.json());
            }
        });
    }

    /**
     * Reads {@code listener/alerts.yaml} of {@code configDir} (and the webhook's environment
     * variables), hears of every mention the listener stores and starts the surge timer.
     *
     * @param events the triage page's live feed ({@link TriageEvents#NONE} when there is none)
     * @throws IllegalArgumentException naming the file and key of a mistake in {@code alerts.yaml}
     */
    public static TriageAlerts start(Transactions transactions, Path configDir, Map<String, String> env, ListenerParts parts,
                                     ListenerService listener, TriageEvents events, Clock clock) {
        AlertRules rules = AlertRules.load(AlertRules.file(configDir), env, parts.watchlist().orElse(null));
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "triage-alerts");
            t.setDaemon(true);
            return t;
        });
        SurgeRepository surges = new SurgeRepository(transactions);
        DeliveryLog log = new DeliveryLog(transactions);
        log.abandonPending(clock.instant());
        Optional<TriageWebhook> webhook = rules.webhook().map(target -> new TriageWebhook(target, rules.attempts(),
                rules.firstRetry(), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), executor, log, clock));
        TriageAlerts alerts = new TriageAlerts(rules, new SurgeDetector(surges, rules.surge(), clock), webhook, events, executor);
        alerts.resource = new AlertsResource(surges, log, new WatchlistEditor(ListenerParts.watchlistFile(configDir), parts,
                w -> AlertRules.load(AlertRules.file(configDir), env, w)),
                new SourcesEditor(configDir.resolve("listener").resolve("sources.yaml"), env, listener));
        listener.onMention(alerts);
        long every = rules.checkEvery().toMillis();
        executor.scheduleWithFixedDelay(alerts::evaluateAll, 0, every, TimeUnit.MILLISECONDS);
        return alerts;
    }

    /** {@code /api/triage/surges}, {@code /webhooks}, {@code /watchlist}, {@code /sources}. */
    public AlertsResource resource() {
        return resource;
    }

    public AlertRules rules() {
        return rules;
    }

    @Override
    public void created(StoredMention mention) {
        arrived.add(mention);
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // stopping
            }
        }
    }

    /** Alerts for every mention that arrived meanwhile, with one surge evaluation of all their terms. */
    private void drain() {
        draining.set(false);
        List<StoredMention> batch = new ArrayList<>();
        for (StoredMention m = arrived.poll(); m != null; m = arrived.poll()) {
            batch.add(m);
        }
        if (!batch.isEmpty()) {
            alert(batch);
        }
    }

    /** What new mentions set off; runs on the alerts thread (tests call it directly). */
    void alert(List<StoredMention> mentions) {
        Set<String> negativeTerms = new LinkedHashSet<>();
        for (StoredMention m : mentions) {
            try {
                if (m.mention().priority() >= rules.highPriority()) {
                    webhook.ifPresent(w -> w.send("high_priority_mention", "mention:" + m.id(), "mention", MentionJson.of(m)));
                }
                for (Map<String, Object> notice : notices.noticesFor(m)) {
                    events.publish("staff_mentioned", notice);
                    webhook.ifPresent(w -> w.send("staff_mentioned", "mention:" + m.id() + ":" + notice.get("staff"), "notice",
                            notice));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "triage: alerts for mention " + m.id() + " failed: " + e.getMessage(), e);
            }
            if (m.mention().labels().sentiment() == Sentiment.NEGATIVE) {
                for (TermMatch t : m.mention().matches()) {
                    negativeTerms.add(t.term());
                }
            }
        }
        if (!negativeTerms.isEmpty()) {
            try {
                detector.evaluate(negativeTerms);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "triage: surge evaluation failed: " + e.getMessage(), e);
            }
        }
    }

    private void evaluateAll() {
        try {
            detector.evaluateAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "triage: surge evaluation failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
