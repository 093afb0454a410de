package org.switchboard.server.bench;

import java.util.ArrayDeque;
import java.util.Deque;

/** A visitor of the echo endpoint: sends a frame, times its echo, and in a closed loop sends again. */
final class EchoVisitor extends BenchVisitor {
    private final String frame;
    private final Deque<Long> sentAt = new ArrayDeque<>(); // guarded by this

    EchoVisitor(int number, Phase phase, String frame) {
        super(number, phase);
        this.frame = frame;
    }

    /** Sends one frame, when the phase is still sending. */
    void next() {
        Phase p = phase;
        if (!p.sending()) {
            return;
        }
        synchronized (this) {
            sentAt.addLast(System.nanoTime());
        }
        p.sent();
        send(frame);
    }

    @Override
    void received(String text, long nanos) {
        Long sent;
        synchronized (this) {
            sent = sentAt.pollFirst();
        }
        if (sent == null) {
            return;
        }
        Phase p = phase;
        p.answered(sent, nanos);
        if (p.closedLoop()) {
            next();
        }
    }

    @Override
    synchronized int abandon() {
        int waiting = sentAt.size();
        sentAt.clear();
        return waiting;
    }

    @Override
    synchronized boolean idle() {
        return sentAt.isEmpty();
    }
}
