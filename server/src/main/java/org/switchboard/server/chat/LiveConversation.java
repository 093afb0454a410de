package org.switchboard.server.chat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.QueueUpdated;
import org.switchboard.server.jdbc.StorageException;
import org.switchboard.server.jdbc.StoredEvent;

/**
 * A conversation with at least one open connection, or recently active: its state as the bot
 * sees it, its newest sequence number and its connections. Everything is guarded by
 * {@link #lock}: one turn at a time per conversation, and events reach every connection in
 * sequence order.
 */
final class LiveConversation {
    final long id;
    final ReentrantLock lock = new ReentrantLock();
    private final Set<Visitor> visitors = new LinkedHashSet<>();
    private final Set<Visitor> staff = new LinkedHashSet<>();
    private Conversation state;
    private long lastSeq;
    private Instant lastActivity;
    private boolean retired;
    private String lastVisitorText;
    private int lastQueuePosition;
    private final ArrayDeque<Outgoing> outgoing = new ArrayDeque<>();
    private String visitorToken;

    LiveConversation(long id, long lastSeq, Instant now) {
        this.id = id;
        this.state = Conversation.empty();
        this.lastSeq = lastSeq;
        this.lastActivity = now;
    }

    Conversation state() {
        return state;
    }

    /** The visitor's conversation token, known once a widget said hello (kept in memory only), else null. */
    String visitorToken() {
        return visitorToken;
    }

    void visitorToken(String token) {
        this.visitorToken = token;
    }

    long lastSeq() {
        return lastSeq;
    }

    /** Records an event read back from the store (nothing is sent). */
    void replayed(ConversationEvent event) {
        state = state.with(event);
        if (event instanceof MessageReceived m) {
            lastVisitorText = m.text();
        } else if (event instanceof QueueUpdated q) {
            lastQueuePosition = q.position();
        }
    }

    /** After replaying the stored events up to {@code seq}. */
    void loadedThrough(long seq) {
        lastSeq = seq;
    }

    /** What the visitor last wrote, or null. */
    String lastVisitorText() {
        return lastVisitorText;
    }

    /** After a transfer the visitor is in a new line: their place there is news even if the number is the same. */
    void forgetQueuePosition() {
        lastQueuePosition = 0;
    }

    /** The place in line the visitor was last told, 0 when never. */
    int lastQueuePosition() {
        return lastQueuePosition;
    }

    /** Sends a frame to the visitor's connections (staff get stored events only, in their own form). */
    void broadcast(String frame) {
        for (Visitor v : visitors) {
            v.send(frame);
        }
    }

    /**
     * Sends a turn's frames to every visitor connection as one message, with {@code originFirst}
     * (the acknowledgement) in front for {@code origin} only, and each of {@code staffFrames} to
     * the staff following the conversation.
     */
    void broadcastTurn(List<String> frames, Visitor origin, String originFirst, List<String> staffFrames) {
        for (Visitor v : visitors) {
            if (v == origin && originFirst != null) {
                List<String> withAck = new ArrayList<>(frames.size() + 1);
                withAck.add(originFirst);
                withAck.addAll(frames);
                v.sendAll(withAck);
            } else {
                v.sendAll(frames);
            }
        }
        for (String frame : staffFrames) {
            toStaff(frame);
        }
    }

    boolean watched() {
        return !staff.isEmpty();
    }

    void toStaff(String frame) {
        for (Visitor s : staff) {
            s.send(frame);
        }
    }

    /** A staff connection (agent console) following the conversation. */
    void watch(Visitor agent) {
        staff.add(agent);
    }

    void unwatch(Visitor agent) {
        staff.remove(agent);
    }

    void join(Visitor visitor) {
        visitors.add(visitor);
    }

    void leave(Visitor visitor) {
        visitors.remove(visitor);
    }

    boolean has(Visitor visitor) {
        return visitors.contains(visitor);
    }

    boolean unattended() {
        return visitors.isEmpty() && staff.isEmpty();
    }

    int connections() {
        return visitors.size();
    }

    void touch(Instant now) {
        lastActivity = now;
    }

    /** Under the lock: when the visitor's frame being handled arrived ({@link System#nanoTime}). */
    void arrived(long nanos) {
        arrivedNanos = nanos;
    }

    long arrived() {
        return arrivedNanos;
    }

    private long arrivedNanos;

    Instant lastActivity() {
        return lastActivity;
    }

    /**
     * Queues what to send once a committed turn is in the database file: {@code send} when it
     * is, {@code failed} when that could not be confirmed. What is queued goes out in order,
     * after everything queued before it ({@link #flush}).
     */
    Outgoing expect(Runnable send, Consumer<StorageException> failed) {
        Outgoing o = new Outgoing(send, failed);
        outgoing.add(o);
        return o;
    }

    /** Sends {@code frames} now if nothing waits to be sent, else after what waits. */
    void sendInOrder(Runnable frames) {
        if (outgoing.isEmpty()) {
            frames.run();
        } else {
            expect(frames, null).answer(null);
        }
    }

    /** True while some queued turn has not yet been confirmed stored. */
    boolean awaitingStore() {
        return outgoing.stream().anyMatch(o -> !o.answered);
    }

    /** Sends, in order, every queued turn whose storing has been answered, up to the first that has not. */
    void flush() {
        while (!outgoing.isEmpty() && outgoing.peek().answered) {
            Outgoing o = outgoing.poll();
            if (o.failure == null) {
                o.send.run();
            } else if (o.failed != null) {
                o.failed.accept(o.failure);
            }
        }
    }

    /** Frames of a committed turn waiting for the turn to be confirmed stored. */
    static final class Outgoing {
        private final Runnable send;
        private final Consumer<StorageException> failed;
        private volatile StorageException failure;
        private volatile boolean answered;

        private Outgoing(Runnable send, Consumer<StorageException> failed) {
            this.send = send;
            this.failed = failed;
        }

        /** The store's answer: null when the turn is in the file. Any thread. */
        void answer(StorageException e) {
            failure = e;
            answered = true;
        }
    }

    /** Dropped from the live set: a caller holding a stale reference must look it up again. */
    void retire() {
        retired = true;
    }

    boolean retired() {
        return retired;
    }
}
