package org.switchboard.listener.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each source is polled next, and how it is doing. Pure: it polls nothing and reads the
 * time only from its clock, so tests move the time.
 *
 * <ul>
 *   <li>Every source is due at once, then {@link Source#interval()} after each success.</li>
 *   <li>After a failure it waits {@code interval × 2^failures} (2×, 4×, 8× … the interval),
 *       at most {@link #MAX_BACKOFF} (or the interval, if that is longer), but never less than
 *       the {@code retryAfter} the failure carries (a rate limit's reset).</li>
 *   <li>A source is unhealthy from its first failure until its next success.</li>
 *   <li>{@link #due()} hands each due source out once: it is not due again until
 *       {@link #succeeded} or {@link #failed} says how the poll went. Sources are independent:
 *       one failing never delays another.</li>
 * </ul>
 * Thread-safe.
 */
public final class SourceSchedule {
    /** The longest wait after failures (unless the interval or a retry-after is longer). */
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Clock clock;
    private final Map<Source, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        Instant next;
        boolean polling;
        int failures;
        String lastError;
        Instant lastSuccess;

        Entry(Instant next) {
            this.next = next;
        }
    }

    public SourceSchedule(List<Source> sources, Clock clock) {
        this.clock = clock;
        Instant now = clock.instant();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Source s : sources) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two sources named '" + s.name() + "'");
            }
            entries.put(s, new Entry(now));
        }
    }

    /** The sources whose time has come and that are not being polled, in the order given. */
    public synchronized List<Source> due() {
        Instant now = clock.instant();
        List<Source> due = new ArrayList<>();
        entries.forEach((s, e) -> {
            if (!e.polling && !e.next.isAfter(now)) {
                e.polling = true;
                due.add(s);
            }
        });
        return due;
    }

    /**
     * A poll of {@code s} succeeded: healthy again, due one interval from now ({@code postsRead}
     * does not change the timing).
     */
    public synchronized void succeeded(Source s, int postsRead) {
        Entry e = entry(s);
        Instant now = clock.instant();
        e.polling = false;
        e.failures = 0;
        e.lastError = null;
        e.lastSuccess = now;
        e.next = now.plus(s.interval());
    }

    /** A poll of {@code s} failed: unhealthy, due after the backoff. */
    public synchronized void failed(Source s, SourceException error) {
        Entry e = entry(s);
        Instant now = clock.instant();
        e.polling = false;
        e.failures++;
        e.lastError = error.getMessage();
        Duration wait = backoff(s.interval(), e.failures);
        if (error.retryAfter().isPresent() && error.retryAfter().get().compareTo(wait) > 0) {
            wait = error.retryAfter().get();
        }
        e.next = now.plus(wait);
    }

    /** The wait after {@code failures} failures in a row: {@code interval × 2^failures}, capped. */
    static Duration backoff(Duration interval, int failures) {
        Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /**
     * When the next source is due (possibly already past); {@link Instant#MAX} when there are no
     * sources or all are being polled.
     */
    public synchronized Instant nextDue() {
        return entries.values().stream().filter(e -> !e.polling).map(e -> e.next)
                .min(Instant::compareTo).orElse(Instant.MAX);
    }

    /** Each source's health, in the order given. */
    public synchronized List<SourceHealth> health() {
        List<SourceHealth> out = new ArrayList<>();
        entries.forEach((s, e) -> out.add(new SourceHealth(s.name(), s.kind(), e.failures == 0, e.failures,
                e.lastError, e.lastSuccess, e.next)));
        return out;
    }

    private Entry entry(Source s) {
        Entry e = entries.get(s);
        if (e == null) {
            throw new IllegalArgumentException("not a scheduled source: " + s.name());
        }
        return e;
    }
}
