package org.switchboard.server.ws;

/**
 * A token bucket: up to {@code perSecond} frames a second, with bursts of the same size.
 * Thread-safe.
 */
final class FrameBudget {
    private static final long SECOND = 1_000_000_000L;
    private final int perSecond;
    private double tokens;
    private long refilledAt;

    FrameBudget(int perSecond, long nowNanos) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.refilledAt = nowNanos;
    }

    /** Takes one frame's worth; false when the budget is spent. */
    synchronized boolean take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Full, and untouched for a second: safe to forget. */
    synchronized boolean idle(long nowNanos) {
        refill(nowNanos);
        return tokens >= perSecond && nowNanos - refilledAt >= 0;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(perSecond, tokens + (double) elapsed * perSecond / SECOND);
            refilledAt = nowNanos;
        }
    }
}
