package org.switchboard.server.callback;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.server.jdbc.StorageException;
import org.switchboard.server.jdbc.Transactions;

/**
 * Booked call backs and the places left in each slot. Every change is one transaction, so a
 * booking is whole or absent: the place in the slot and the call back's row are written together.
 *
 * <pre>{@code
 * Optional<Callback> booked = callbacks.book(newCallback);   // empty: the slot is full
 * callbacks.cancel(booked.get().id());                        // its place is free again
 * }</pre>
 *
 * <p><b>Capacity.</b> {@code callback_slot} holds, per team and slot start, the capacity and the
 * places taken. A booking increments {@code booked} with {@code UPDATE … WHERE booked < capacity},
 * which the database serialises on the slot's row and re-checks for each waiting writer, and a
 * {@code CHECK (booked <= capacity)} refuses anything else: 50 simultaneous bookings of a slot of
 * capacity 1 yield exactly one (tested on H2 and PostgreSQL). A write that loses a race the
 * database reports as a conflict (a duplicate slot row, a serialisation failure, a CHECK) is
 * retried or reported as a full slot, never half-written. Thread-safe.
 */
public final class CallbackRepository {
    private static final int ATTEMPTS = 8;

    private final Transactions transactions;
    private final Clock clock;

    public CallbackRepository(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Books a call back if its slot has a place free.
     *
     * @return the stored call back, or empty when the slot is full (nothing written)
     * @throws StorageException when the database fails
     */
    public Optional<Callback> book(NewCallback callback) {
        Objects.requireNonNull(callback, "callback");
        return retrying(Optional.empty(), () -> {
            Instant now = clock.instant();
            return transactions.write("book a call back for conversation " + callback.conversationId(), c -> {
                if (!CallbackRows.reserve(c, callback.team(), callback.start(), callback.capacity())) {
                    return Optional.<Callback>empty();
                }
                long id = CallbackRows.insert(c, callback, now);
                return CallbackRows.byId(c, id, false);
            });
        });
    }

    /**
     * Cancels a booked call back and frees its place.
     *
     * @return false when it was not booked (already cancelled, done…) or does not exist
     */
    public boolean cancel(long id) {
        return retrying(false, () -> transactions.write("cancel call back " + id, c -> {
            Optional<Callback> cb = CallbackRows.byId(c, id, true).filter(Callback::booked);
            if (cb.isEmpty()) {
                return false;
            }
            CallbackRows.release(c, cb.get().team(), cb.get().start());
            CallbackRows.setStatus(c, id, CallbackStatus.CANCELLED, clock.instant());
            return true;
        }));
    }

    /**
     * Moves a booked call back to another slot of its team, in one transaction: a place in the new
     * slot is taken and the old one freed, or nothing changes.
     *
     * @param capacity the new slot's capacity now (from the rota)
     */
    public Rescheduled reschedule(long id, Instant start, Instant end, int capacity) {
        if (!end.isAfter(start) || capacity < 1) {
            throw new IllegalArgumentException("bad slot " + start + " .. " + end + " of capacity " + capacity);
        }
        return retrying(Rescheduled.SLOT_FULL, () -> transactions.write("reschedule call back " + id, c -> {
            Optional<Callback> cb = CallbackRows.byId(c, id, true).filter(Callback::booked);
            if (cb.isEmpty()) {
                return Rescheduled.NOT_BOOKED;
            }
            if (cb.get().start().equals(start)) {
                return Rescheduled.MOVED;
            }
            if (!CallbackRows.reserve(c, cb.get().team(), start, capacity)) {
                return Rescheduled.SLOT_FULL;
            }
            CallbackRows.release(c, cb.get().team(), cb.get().start());
            CallbackRows.move(c, id, start, end, clock.instant());
            return Rescheduled.MOVED;
        }));
    }

    /** The call back whose manage token hashes to {@code tokenHash}. */
    public Optional<Callback> findByTokenHash(byte[] tokenHash) {
        return transactions.read("find a call back by token", c -> CallbackRows.byTokenHash(c, tokenHash));
    }

    public Optional<Callback> find(long id) {
        return transactions.read("find call back " + id, c -> CallbackRows.byId(c, id, false));
    }

    /** Every call back booked from the conversation, oldest first. */
    public List<Callback> forConversation(long conversationId) {
        return transactions.read("list the call backs of conversation " + conversationId,
                c -> CallbackRows.forConversation(c, conversationId));
    }

    /** The team's call backs (any status) starting in {@code from} (inclusive) .. {@code until}, soonest first. */
    public List<Callback> between(String team, Instant from, Instant until) {
        return transactions.read("list the call backs of " + team, c -> CallbackRows.between(c, team, from, until));
    }

    /** Places taken per slot start of the team in {@code from} (inclusive) .. {@code until}; slots with none are left out. */
    public Map<Instant, Integer> bookedCounts(String team, Instant from, Instant until) {
        return transactions.read("count the booked call backs of " + team, c -> CallbackRows.bookedCounts(c, team, from, until));
    }

    /** Sets the agent (staff login, or null for nobody) who will call. */
    public boolean assign(long id, String agent) {
        return transactions.write("assign call back " + id, c -> CallbackRows.assign(c, id, agent, clock.instant()));
    }

    /**
     * Records the outcome of a booked call back ({@code DONE}, {@code NO_ANSWER}, {@code RESCHEDULED})
     * and frees its place.
     *
     * @return false when it was not booked
     */
    public boolean finish(long id, CallbackStatus outcome) {
        if (outcome == CallbackStatus.BOOKED) {
            throw new IllegalArgumentException("an outcome cannot be BOOKED");
        }
        return retrying(false, () -> transactions.write("finish call back " + id, c -> {
            Optional<Callback> cb = CallbackRows.byId(c, id, true).filter(Callback::booked);
            if (cb.isEmpty()) {
                return false;
            }
            CallbackRows.release(c, cb.get().team(), cb.get().start());
            CallbackRows.setStatus(c, id, outcome, clock.instant());
            return true;
        }));
    }

    /**
     * Runs a write again when it lost a race the database reports as a conflict: a slot row
     * created at the same moment (unique violation), a serialisation failure or deadlock, or H2's
     * concurrent-update error. A CHECK violation means the slot filled up: {@code whenFull}.
     */
    private static <T> T retrying(T whenFull, java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (StorageException e) {
                SQLException sql = sqlCause(e);
                String state = sql == null ? null : sql.getSQLState();
                if ("23513".equals(state) || sql != null && sql.getErrorCode() == 23513) {
                    return whenFull;
                }
                boolean conflict = "23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
                        || sql != null && (sql.getErrorCode() == 90131 || sql.getErrorCode() == 40001);
                if (!conflict || attempt >= ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(attempt * 3L);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
