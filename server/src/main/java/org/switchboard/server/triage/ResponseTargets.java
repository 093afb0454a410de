package org.switchboard.server.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How soon a mention is to be answered: complaints within {@code complaint}, everything within
 * {@code all}; the page's clock is green, amber from {@code amberAt} of the target, red past it.
 */
public record ResponseTargets(Duration complaint, Duration all, double amberAt) {
    public ResponseTargets {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(all, "all");
    }

    /** The target for a mention (a complaint's is the shorter of the two). */
    public Duration target(boolean complaint) {
        return complaint && this.complaint.compareTo(all) < 0 ? this.complaint : all;
    }

    /** When a mention posted at {@code postedAt} is due. */
    public Instant due(Instant postedAt, boolean complaint) {
        return postedAt.plus(target(complaint));
    }
}
