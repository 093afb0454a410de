package org.switchboard.server.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.server.jdbc.Handoff;
import org.switchboard.server.jdbc.HandoffRepository;

/**
 * Estimates how long the visitor in place {@code n} of a team's line will wait, from how fast the
 * team has been picking conversations up: with {@code k} pick-ups in the last hour, the
 * {@code n}-th in line waits about {@code n × (window / k)}, where the window runs from the
 * oldest of those pick-ups to now (at least {@value #MIN_WINDOW_MINUTES} minutes), and never
 * less than the shortest recent wait. With fewer than {@value #MIN_PICKUPS} pick-ups in the hour
 * there is no estimate: the visitor is told their place in line and no time, rather than a
 * made-up figure.
 */
public final class WaitEstimator {
    static final int MIN_PICKUPS = 3;
    static final int MIN_WINDOW_MINUTES = 10;
    private static final Duration LOOK_BACK = Duration.ofHours(1);

    private final HandoffRepository handoffs;
    private final Clock clock;

    public WaitEstimator(HandoffRepository handoffs, Clock clock) {
        this.handoffs = handoffs;
        this.clock = clock;
    }

    public Optional<Duration> estimate(String team, int position) {
        Instant now = clock.instant();
        List<Handoff> recent = handoffs.pickedUpSince(team, now.minus(LOOK_BACK), HandoffRepository.MAX_PAGE);
        return estimate(recent, position, now);
    }

    static Optional<Duration> estimate(List<Handoff> recent, int position, Instant now) {
        if (recent.size() < MIN_PICKUPS) {
            return Optional.empty();
        }
        Instant oldest = recent.stream().map(Handoff::pickedUpAt).min(Instant::compareTo).orElseThrow();
        Duration window = Duration.between(oldest, now);
        if (window.compareTo(Duration.ofMinutes(MIN_WINDOW_MINUTES)) < 0) {
            window = Duration.ofMinutes(MIN_WINDOW_MINUTES);
        }
        Duration perPickUp = window.dividedBy(recent.size());
        Duration shortest = recent.stream().map(h -> h.pickUpWait().orElseThrow()).min(Duration::compareTo).orElseThrow();
        Duration byRate = perPickUp.multipliedBy(position);
        return Optional.of(byRate.compareTo(shortest) < 0 ? shortest : byRate);
    }
}
