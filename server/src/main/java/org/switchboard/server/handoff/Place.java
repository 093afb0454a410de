package org.switchboard.server.handoff;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a waiting visitor stands: the team, the place in its line (1: next) and the estimated
 * wait, empty when there is no data for an honest one.
 */
public record Place(String team, int position, Optional<Duration> estimatedWait) {
    public Place {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(estimatedWait, "estimatedWait");
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1: " + position);
        }
    }
}
