package org.switchboard.server.ws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The frame budget shared by all connections from one remote address, so that opening more
 * connections does not buy a flooder more frames. Full budgets are forgotten now and then, so
 * the map holds only addresses that sent recently. Thread-safe.
 */
final class AddressBudgets {
    private static final int SWEEP_EVERY = 4_096;
    private final int perSecond;
    private final Map<String, FrameBudget> budgets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    AddressBudgets(int perSecond) {
        this.perSecond = perSecond;
    }

    boolean take(String address, long nowNanos) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            budgets.values().removeIf(b -> b.idle(nowNanos));
        }
        return budgets.computeIfAbsent(address, a -> new FrameBudget(perSecond, nowNanos)).take(nowNanos);
    }

    int perSecond() {
        return perSecond;
    }

    int tracked() {
        return budgets.size();
    }
}
