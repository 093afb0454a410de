package org.switchboard.server.chat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.ConversationEvent;
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
    private Conversation state;
    private long lastSeq;
    private Instant lastActivity;
    private boolean retired;

    LiveConversation(long id, Conversation state, long lastSeq, Instant now) {
        this.id = id;
        this.state = state;
        this.lastSeq = lastSeq;
        this.lastActivity = now;
    }

    Conversation state() {
        return state;
    }

    long lastSeq() {
        return lastSeq;
    }

    /** Records a stored event and sends it to every connection. */
    void stored(StoredEvent stored, ConversationEvent event) {
        state = state.with(event);
        lastSeq = stored.sequence();
        broadcast(ServerFrames.event(stored, event));
    }

    void broadcast(String frame) {
        for (Visitor v : visitors) {
            v.send(frame);
        }
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
        return visitors.isEmpty();
    }

    int connections() {
        return visitors.size();
    }

    void touch(Instant now) {
        lastActivity = now;
    }

    Instant lastActivity() {
        return lastActivity;
    }

    /** Dropped from the live set: a caller holding a stale reference must look it up again. */
    void retire() {
        retired = true;
    }

    boolean retired() {
        return retired;
    }
}
