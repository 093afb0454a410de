package org.switchboard.server.levels;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.server.chat.ChatMeter;
import org.switchboard.server.jdbc.Transactions;

/**
 * Stores how long each visitor message waited for its acknowledgement (table {@code chat_ack})
 * for the {@code bot_ack} standard. The chat only puts a small record on a bounded queue; one
 * thread, {@code chat-ack-log}, writes what has gathered in one batch at least every second. When
 * the queue is full (the database far behind) a figure is dropped and counted rather than slow
 * the chat; a crash loses at most the last second of figures, never a message.
 */
public final class AckLog implements ChatMeter, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AckLog.class.getName());
    private static final int CAPACITY = 100_000;
    private static final int BATCH = 2_000;

    private record Ack(long conversationId, Instant at, double millis) {
    }

    private final Transactions transactions;
    private final Clock clock;
    private final BlockingQueue<Ack> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    public AckLog(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        writer = new Thread(this::run, "chat-ack-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void messageReceived() {
    }

    @Override
    public void turnAnswered(long conversationId, long nanos) {
        if (!queue.offer(new Ack(conversationId, clock.instant(), nanos / 1e6))) {
            dropped.incrementAndGet();
        }
    }

    /** Figures dropped because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Writes everything queued so far, on the caller's thread (tests, shutdown). */
    public void flush() {
        List<Ack> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private void run() {
        List<Ack> batch = new ArrayList<>();
        while (!closed) {
            try {
                Ack first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                Thread.sleep(Duration.ofMillis(200).toMillis()); // let a second's figures gather
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                // closing: store what this thread holds; close() then writes what is still queued
                queue.drainTo(batch, BATCH - batch.size());
                if (!batch.isEmpty()) {
                    try {
                        write(batch);
                    } catch (RuntimeException failure) {
                        LOG.log(Level.WARNING, "could not store " + batch.size() + " acknowledgement times: "
                                + failure.getMessage(), failure);
                    }
                }
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not store " + batch.size() + " acknowledgement times: " + e.getMessage(), e);
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Ack> batch) {
        transactions.commit("store acknowledgement times", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO chat_ack (conversation_id, acked_at, latency_ms)"
                    + " VALUES (?, ?, ?)")) {
                for (Ack a : batch) {
                    ps.setLong(1, a.conversationId());
                    ps.setObject(2, a.at().atOffset(ZoneOffset.UTC));
                    ps.setDouble(3, a.millis());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(5_000);
            flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not store the last acknowledgement times: " + e.getMessage(), e);
        }
    }
}
