package org.switchboard.server.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Judges terms by the {@link SurgeRule} on the stored mentions and keeps {@code triage_surge} in
 * step: a term that surges and has no active surge gets one, and its listeners hear of it once;
 * an active surge whose term no longer surges ends (its listeners hear that too). Called for the
 * terms of each new mention and for every term on a timer (which is also what ends surges).
 * Thread-safe: one evaluation at a time; the store's one-active-surge-per-term rule holds across
 * processes too.
 */
public final class SurgeDetector {
    private static final Logger LOG = Logger.getLogger(SurgeDetector.class.getName());

    /** Hears of surges as they start and end (after they are stored). */
    public interface Listener {
        void started(Surge surge);

        default void ended(Surge surge) {
        }
    }

    private final SurgeRepository surges;
    private final SurgeRule rule;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public SurgeDetector(SurgeRepository surges, SurgeRule rule, Clock clock) {
        this.surges = Objects.requireNonNull(surges, "surges");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public SurgeRule rule() {
        return rule;
    }

    /** Evaluates every term with negative mentions, and every active surge. */
    public List<Surge> evaluateAll() {
        return evaluate(null);
    }

    /**
     * Evaluates {@code terms} (null: all) now.
     *
     * @return the surges started by this evaluation
     */
    public synchronized List<Surge> evaluate(Collection<String> terms) {
        Instant now = clock.instant();
        Instant since = now.minus(rule.window());
        Map<String, SurgeRepository.TermCounts> counts = surges.counts(now, rule, terms);
        Map<String, Surge> active = new LinkedHashMap<>();
        for (Surge s : surges.active()) {
            if (terms == null || terms.contains(s.term())) {
                active.put(s.term(), s);
            }
        }
        List<Surge> started = new ArrayList<>();
        for (SurgeRepository.TermCounts tc : counts.values()) {
            SurgeRule.Verdict v = rule.judge(tc.current(), tc.history());
            Surge running = active.remove(tc.term());
            if (v.surge() && running == null) {
                surges.start(tc.term(), tc.kind(), v, since, now, now).ifPresent(s -> {
                    started.add(s);
                    tell(l -> l.started(s));
                });
            } else if (v.surge()) {
                surges.update(running.id(), v.count());
            } else if (running != null) {
                end(running, v.count(), now);
            }
        }
        for (Surge quiet : active.values()) {
            end(quiet, 0, now); // no negative mention in the whole history any more
        }
        return started;
    }

    private void end(Surge s, int latest, Instant now) {
        if (surges.end(s.id(), latest, now)) {
            surges.find(s.id()).ifPresent(ended -> tell(l -> l.ended(ended)));
        }
    }

    private void tell(java.util.function.Consumer<Listener> call) {
        for (Listener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "triage: a surge listener failed: " + e.getMessage(), e);
            }
        }
    }
}
