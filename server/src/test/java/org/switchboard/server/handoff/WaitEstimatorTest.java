package org.switchboard.server.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.server.jdbc.Handoff;

class WaitEstimatorTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Handoff pickedUp(int minutesAgo, int waitedSeconds) {
        Instant at = NOW.minus(Duration.ofMinutes(minutesAgo));
        return new Handoff(1, 1, "support", "VISITOR_ASKED", null, "en", null, at.minusSeconds(waitedSeconds), at, 1L, "Ana",
                null, "picked_up");
    }

    @Test
    void withFewerThanThreePickUpsThereIsNoEstimate() {
        assertEquals(Optional.empty(), WaitEstimator.estimate(List.of(), 1, NOW));
        assertEquals(Optional.empty(), WaitEstimator.estimate(List.of(pickedUp(5, 60), pickedUp(9, 60)), 1, NOW));
    }

    @Test
    void thePlaceInLineTimesTheTimeBetweenPickUps() {
        List<Handoff> six = List.of(pickedUp(5, 30), pickedUp(10, 30), pickedUp(20, 30), pickedUp(30, 30),
                pickedUp(40, 30), pickedUp(60, 30));
        assertEquals(Optional.of(Duration.ofMinutes(10)), WaitEstimator.estimate(six, 1, NOW), "6 in 60 min: one each 10 min");
        assertEquals(Optional.of(Duration.ofMinutes(30)), WaitEstimator.estimate(six, 3, NOW));
    }

    @Test
    void aShortWindowCountsAsTenMinutesAndTheEstimateIsNeverBelowTheShortestRecentWait() {
        List<Handoff> burst = List.of(pickedUp(1, 400), pickedUp(1, 500), pickedUp(2, 600));
        assertEquals(Optional.of(Duration.ofSeconds(400)), WaitEstimator.estimate(burst, 1, NOW),
                "10 min / 3 = 200 s, but people recently waited at least 400 s");
        assertEquals(Optional.of(Duration.ofSeconds(600)), WaitEstimator.estimate(burst, 3, NOW));
    }
}
