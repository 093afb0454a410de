package org.switchboard.server.callback;

import java.time.Instant;
import java.util.Objects;

/**
 * The call backs promised in {@code from} (inclusive) .. {@code until} whose outcome is stored,
 * counted by {@link Punctuality}. Rates are over the calls made (kept + late + no-show); a
 * rescheduled one counts in neither; null when no call was made in the period.
 */
public record ServiceLevels(Instant from, Instant until, int kept, int late, int noShow, int rescheduled) {
    public ServiceLevels {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** Calls made: kept, late or unanswered. */
    public int calls() {
        return kept + late + noShow;
    }

    /** Share of the calls made that were kept (0..1), or null with no calls. */
    public Double keptRate() {
        return calls() == 0 ? null : (double) kept / calls();
    }

    /** Share of the calls made that nobody answered (0..1), or null with no calls. */
    public Double noShowRate() {
        return calls() == 0 ? null : (double) noShow / calls();
    }
}
