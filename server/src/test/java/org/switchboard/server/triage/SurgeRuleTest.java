package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SurgeRuleTest {
    private static final SurgeRule RULE = new SurgeRule(Duration.ofHours(1), 168, 2.0, 3);

    @Test
    void meanAndPopulationStandardDeviationOverEveryHistoryWindowZerosIncluded() {
        int[] history = new int[168];
        history[0] = 20; // one busy hour, the rest quiet
        SurgeRule.Verdict v = RULE.judge(3, history);
        // μ = 20/168 = 0.119048; σ = √(400/168 − μ²) = √(2.380952 − 0.014172) = 1.538434; μ + 2σ = 3.195916
        assertEquals(0.119048, v.usual(), 1e-6);
        assertEquals(1.538434, v.stdDev(), 1e-6);
        assertEquals(3.195916, v.threshold(), 1e-6);
        assertFalse(v.surge(), "3 is at least N but not above μ + kσ");
        assertTrue(RULE.judge(4, history).surge());
    }

    @Test
    void atLeastNIsAFloorWhenTheUsualRateIsLow() {
        int[] history = new int[168];
        history[0] = 2;
        history[1] = 4;
        history[4] = 2;
        // μ = 8/168 = 0.047619; σ = √(24/168 − μ²) = 0.374953; μ + 2σ = 0.797525 < N = 3
        SurgeRule.Verdict two = RULE.judge(2, history);
        assertEquals(0.047619, two.usual(), 1e-6);
        assertEquals(0.374953, two.stdDev(), 1e-6);
        assertEquals(3.0, two.threshold(), 1e-9);
        assertFalse(two.surge());
        assertTrue(RULE.judge(3, history).surge());
    }

    @Test
    void aTermWithNoHistorySurgesAtN() {
        SurgeRule.Verdict v = RULE.judge(3, new int[0]);
        assertEquals(0.0, v.usual());
        assertEquals(0.0, v.stdDev());
        assertEquals(3.0, v.threshold());
        assertTrue(v.surge());
        assertFalse(RULE.judge(2, new int[0]).surge());
    }

    @Test
    void aSteadyRateHasNoDeviationAndMustBeExceeded() {
        int[] history = new int[168];
        java.util.Arrays.fill(history, 5);
        SurgeRule.Verdict v = RULE.judge(5, history);
        assertEquals(5.0, v.usual(), 1e-9);
        assertEquals(0.0, v.stdDev(), 1e-6);
        assertFalse(v.surge(), "the usual rate is no surge");
        assertTrue(RULE.judge(6, history).surge());
    }

    @Test
    void historyDaysBecomeWindowsAndBadValuesAreRefused() {
        assertEquals(168, SurgeRule.of(Duration.ofHours(1), 7, 3, 10).historyBuckets());
        assertEquals(336, SurgeRule.of(Duration.ofMinutes(30), 7, 3, 10).historyBuckets());
        assertThrows(IllegalArgumentException.class, () -> new SurgeRule(Duration.ofSeconds(30), 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SurgeRule(Duration.ofHours(1), 168, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SurgeRule(Duration.ofHours(1), 168, 1, 0));
    }
}
