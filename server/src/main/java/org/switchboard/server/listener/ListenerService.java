package org.switchboard.server.listener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.listener.Mention;
import org.switchboard.listener.MentionFinder;
import org.switchboard.listener.NearDuplicates;
import org.switchboard.listener.Post;
import org.switchboard.listener.source.Poll;
import org.switchboard.listener.source.Source;
import org.switchboard.listener.source.SourceException;
import org.switchboard.listener.source.SourceHealth;
import org.switchboard.listener.source.SourceSchedule;
import org.switchboard.listener.source.SourceState;

/**
 * Polls every configured source when it is due, understands what it found and stores the
 * mentions with the source's next state. {@code serve} runs it on one background thread
 * ({@link #start}); {@code listener poll --once} calls {@link #pollAllOnce}. A failing source backs
 * off ({@link SourceSchedule}) and is reported unhealthy; the others keep running.
 */
public final class ListenerService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ListenerService.class.getName());
    /** Near-identical texts are looked for among the mentions of this many days. */
    static final Duration NEAR_WINDOW = Duration.ofDays(7);
    private static final int NEAR_CAPACITY = 200_000;
    /** The poller wakes at least this often (a source added by a restart, a clock moved). */
    private static final Duration MAX_SLEEP = Duration.ofSeconds(5);

    private volatile List<Source> sources;
    private final MentionFinder finder;
    private final MentionRepository mentions;
    private volatile SourceSchedule schedule;
    private final NearDuplicates near = new NearDuplicates(NEAR_CAPACITY);
    private final Clock clock;
    /** One poll at a time: the near-duplicate index and a source's stored state are the poll's own. */
    private final Object lock = new Object();
    private final List<MentionListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Thread thread;
    private boolean started;
    private volatile boolean closed;

    public ListenerService(List<Source> sources, MentionFinder finder, MentionRepository mentions, Clock clock) {
        this.sources = List.copyOf(sources);
        this.finder = Objects.requireNonNull(finder, "finder");
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedule = new SourceSchedule(this.sources, clock);
        mentions.loadFingerprints(near, clock.instant().minus(NEAR_WINDOW));
    }

    /** Hears of every mention stored from now on (on the poller's thread, after the commit; keep it quick). */
    public void onMention(MentionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The configured sources. */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Starts the background poller (thread {@code listener-poller}); without sources it starts
     * when {@link #replaceSources} first brings some.
     */
    public synchronized void start() {
        started = true;
        if (sources.isEmpty() || thread != null || closed) {
            return;
        }
        thread = new Thread(this::run, "listener-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Polls {@code replacement} from now on (an edited {@code sources.yaml}), waiting for a poll in
     * progress to finish. Every source is due at once and its health starts afresh; what each
     * source remembers (cursor, read budget usage) is stored by name, so a source kept under the
     * same name resumes where it was and keeps its budget.
     */
    public void replaceSources(List<Source> replacement) {
        List<Source> copy = List.copyOf(replacement);
        synchronized (lock) {
            sources = copy;
            schedule = new SourceSchedule(copy, clock);
        }
        synchronized (this) {
            if (started) {
                start();
            }
        }
    }

    /** Polls every source once, whatever its schedule, and reports each. */
    public List<PollReport> pollAllOnce() {
        List<PollReport> out = new ArrayList<>();
        for (Source s : List.copyOf(sources)) {
            out.add(poll(s));
        }
        return out;
    }

    /** Polls one source now: fetch from its stored state, understand, store with the next state. */
    public PollReport poll(Source source) {
        synchronized (lock) {
            SourceSchedule schedule = this.schedule;
            if (!sources.contains(source)) {
                return PollReport.failed(source.name(), source.kind(), "'" + source.name()
                        + "': not polled: the sources were replaced meanwhile");
            }
            SourceState state = mentions.state(source.name());
            Poll poll;
            try {
                poll = source.poll(state);
            } catch (SourceException e) {
                schedule.failed(source, e);
                mentions.recordFailure(source.name(), source.kind(), e.getMessage());
                LOG.warning(() -> "listener: " + e.getMessage());
                return PollReport.failed(source.name(), source.kind(), e.getMessage());
            } catch (RuntimeException e) {
                SourceException wrapped = new SourceException(SourceException.Kind.MALFORMED,
                        source.kind() + " '" + source.name() + "': " + e, e);
                schedule.failed(source, wrapped);
                mentions.recordFailure(source.name(), source.kind(), wrapped.getMessage());
                LOG.log(Level.WARNING, "listener: " + wrapped.getMessage(), e);
                return PollReport.failed(source.name(), source.kind(), wrapped.getMessage());
            }
            List<Mention> found = new ArrayList<>();
            for (Post p : poll.posts()) {
                finder.find(p).ifPresent(found::add);
            }
            StoredPoll stored = mentions.store(source.name(), source.kind(), found, poll.next(), near);
            schedule.succeeded(source, poll.posts().size());
            tell(stored);
            return new PollReport(source.name(), source.kind(), poll.posts().size(), found.size(), Optional.of(stored), Optional.empty());
        }
    }

    private void tell(StoredPoll stored) {
        if (listeners.isEmpty()) {
            return;
        }
        for (long id : stored.created()) {
            mentions.find(id).ifPresent(m -> listeners.forEach(l -> {
                try {
                    l.created(m);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "listener: a mention listener failed: " + e.getMessage(), e);
                }
            }));
        }
        for (long id : stored.foldedInto()) {
            listeners.forEach(l -> {
                try {
                    l.folded(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "listener: a mention listener failed: " + e.getMessage(), e);
                }
            });
        }
    }

    /**
     * Each source's health, schedule, stored state and read budget, for {@code /api/listener/sources}
     * and the command line.
     */
    public List<Map<String, Object>> status() {
        Map<String, SourceRecord> stored = new LinkedHashMap<>();
        for (SourceRecord r : mentions.sources()) {
            stored.put(r.name(), r);
        }
        Map<String, SourceHealth> health = new LinkedHashMap<>();
        List<Source> current;
        SourceSchedule now;
        synchronized (lock) {
            current = sources;
            now = schedule;
        }
        for (SourceHealth h : now.health()) {
            health.put(h.name(), h);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Source s : current) {
            out.add(SourceStatus.of(s, health.get(s.name()), stored.get(s.name()), clock.instant()));
        }
        return out;
    }

    private void run() {
        while (!closed) {
            SourceSchedule schedule = this.schedule;
            List<Source> due = schedule.due();
            for (Source s : due) {
                if (closed) {
                    return;
                }
                try {
                    poll(s);
                } catch (RuntimeException e) {
                    // storage failed: the state was not stored, so the next poll asks again
                    LOG.log(Level.WARNING, "listener: could not store a poll of '" + s.name() + "': " + e.getMessage(), e);
                    schedule.failed(s, new SourceException(SourceException.Kind.REFUSED,
                            "'" + s.name() + "': could not store the poll: " + e.getMessage(), e));
                }
            }
            Instant next = schedule.nextDue();
            Instant wake = clock.instant().plus(MAX_SLEEP);
            long sleep = Math.max(50, Duration.between(clock.instant(), next.isBefore(wake) ? next : wake).toMillis());
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            closed = true;
            thread = this.thread;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
