package org.switchboard.server.chat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.switchboard.bot.conversation.Conversation;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.QueueUpdated;
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

    /** Records a stored event and sends it to every connection. */
    void stored(StoredEvent stored, ConversationEvent event) {
        replayed(event);
        lastSeq = stored.sequence();
        send(stored, event);
    }

    /** Sends a stored event, already recorded, to every connection: visitors' and staff's. */
    void send(StoredEvent stored, ConversationEvent event) {
        broadcast(ServerFrames.event(stored, event, visitorToken));
        if (!staff.isEmpty()) {
            String frame = ServerFrames.staffEvent(stored, event);
            for (Visitor s : staff) {
                s.send(frame);
            }
        }
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
