package org.switchboard.server.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reminder before each booked call back and the escalation of overdue ones. Every {@link
 * #tick()} asks the store, at the injected clock's time, for call backs whose reminder is due
 * ({@code remind_minutes_before} ahead) or that are overdue ({@code overdue_after_minutes} past
 * the promised time and still booked); each is marked in the store first (a conditional UPDATE:
 * once, even with several nodes) and only the winner tells the listeners (the console, the
 * webhook). {@link #start} runs ticks on a thread of its own; tests call {@link #tick()} and
 * move the clock. Thread-safe.
 */
public final class CallbackAlarms implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CallbackAlarms.class.getName());

    /** Told of each reminder and escalation, once; and after every tick. */
    public interface Listener {
        default void reminder(Appointment appointment) {
        }

        default void overdue(Appointment appointment) {
        }

        /** After every tick (the console refreshes its lists when call backs changed meanwhile). */
        default void ticked(Instant now) {
        }
    }

    /** What one tick sent: the call backs reminded and escalated. */
    public record Sent(List<Long> reminded, List<Long> escalated) {
    }

    private final Appointments appointments;
    private final KeepingRules rules;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;

    public CallbackAlarms(Appointments appointments, KeepingRules rules, Clock clock) {
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Sends what is due now. */
    public Sent tick() {
        Instant now = clock.instant();
        List<Long> reminded = new ArrayList<>();
        List<Long> escalated = new ArrayList<>();
        for (Appointment a : appointments.dueForReminder(now, rules.remindBefore())) {
            if (appointments.markReminded(a.id())) {
                reminded.add(a.id());
                Appointment marked = appointments.find(a.id()).orElse(a);
                tell(l -> l.reminder(marked), "reminder of call back " + a.id());
            }
        }
        for (Appointment a : appointments.overdue(now, rules.overdueAfter())) {
            if (appointments.markEscalated(a.id())) {
                escalated.add(a.id());
                Appointment marked = appointments.find(a.id()).orElse(a);
                tell(l -> l.overdue(marked), "escalation of call back " + a.id());
            }
        }
        tell(l -> l.ticked(now), "call back refresh");
        return new Sent(reminded, escalated);
    }

    /** Ticks now and then every {@code period} on a daemon thread until {@link #close()}. */
    public synchronized void start(Duration period) {
        if (timer != null) {
            throw new IllegalStateException("already started");
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "callback-alarms");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "call back reminders: this round failed; trying again next round", e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KeepingRules rules() {
        return rules;
    }

    private void tell(java.util.function.Consumer<Listener> what, String about) {
        for (Listener l : listeners) {
            try {
                what.accept(l);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, about + " failed for a listener", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
