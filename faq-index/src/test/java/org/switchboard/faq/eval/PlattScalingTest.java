package org.switchboard.faq.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {
    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** n scores spread over logits [-6, 6], each right with probability σ(slope · logit + intercept). */
    private static Object[] sample(int n, double slope, double intercept, long seed) {
        Random random = new Random(seed);
        double[] p = new double[n];
        boolean[] right = new boolean[n];
        for (int i = 0; i < n; i++) {
            double z = -6 + 12 * random.nextDouble();
            p[i] = sigmoid(z);
            right[i] = random.nextDouble() < sigmoid(slope * z + intercept);
        }
        return new Object[] {p, right};
    }

    private static double[] fit(Object[] sample) {
        return PlattScaling.fit((double[]) sample[0], (boolean[]) sample[1]);
    }

    @Test
    void recoversAKnownSlopeAndIntercept() {
        double[] fitted = fit(sample(20_000, 2.0, -0.5, 1));
        assertEquals(2.0, fitted[0], 0.1);
        assertEquals(-0.5, fitted[1], 0.1);
    }

    @Test
    void recoversAFlatteningSlopeAndPositiveIntercept() {
        double[] fitted = fit(sample(20_000, 0.4, 1.2, 2));
        assertEquals(0.4, fitted[0], 0.05);
        assertEquals(1.2, fitted[1], 0.1);
    }

    @Test
    void leavesAlreadyCalibratedScoresAlmostUnchanged() {
        double[] fitted = fit(sample(20_000, 1.0, 0.0, 3));
        assertEquals(1.0, fitted[0], 0.05);
        assertEquals(0.0, fitted[1], 0.08);
    }

    @Test
    void isDeterministic() {
        assertArrayEquals(fit(sample(2_000, 1.5, 0.3, 4)), fit(sample(2_000, 1.5, 0.3, 4)));
    }

    @Test
    void givesIdentityWhenEveryAnswerIsRightOrEveryAnswerIsWrong() {
        double[] p = new double[200];
        for (int i = 0; i < p.length; i++) {
            p[i] = (i + 0.5) / p.length;
        }
        boolean[] allRight = new boolean[p.length];
        Arrays.fill(allRight, true);
        assertArrayEquals(new double[] {1, 0}, PlattScaling.fit(p, allRight), "all right");
        assertArrayEquals(new double[] {1, 0}, PlattScaling.fit(p, new boolean[p.length]), "all wrong");
        double[] few = {0.1, 0.4, 0.7, 0.95, 0.99};
        assertArrayEquals(new double[] {1, 0}, PlattScaling.fit(few, new boolean[] {true, true, true, true, true}), "all right");
    }

    @Test
    void keepsTheOrderOfScoresWhenEveryAnswerIsAlike() {
        double[] p = {0.1, 0.4, 0.7, 0.95, 0.99};
        for (boolean outcome : new boolean[] {true, false}) {
            boolean[] right = new boolean[p.length];
            Arrays.fill(right, outcome);
            double[] fitted = PlattScaling.fit(p, right);
            assertTrue(fitted[0] > 0 && fitted[0] <= 100 && Math.abs(fitted[1]) <= 100, Arrays.toString(fitted));
        }
    }

    @Test
    void givesIdentityWhenThereIsNothingToFit() {
        assertArrayEquals(new double[] {1, 0}, PlattScaling.fit(new double[0], new boolean[0]));
    }

    @Test
    void givesIdentityWhenHigherScoresAreRightLessOften() {
        double[] fitted = fit(sample(5_000, -1.0, 0.0, 5));
        assertArrayEquals(new double[] {1, 0}, fitted, "an inverted fit would reverse the ranking");
    }

    @Test
    void fitsScoresOfExactlyZeroAndOneWithoutOverflow() {
        double[] p = {0, 0, 1, 1, 0.5, 0.5};
        boolean[] right = {false, true, true, true, false, true};
        double[] fitted = PlattScaling.fit(p, right);
        assertTrue(Double.isFinite(fitted[0]) && Double.isFinite(fitted[1]));
        assertTrue(fitted[0] > 0 && fitted[0] <= 100);
    }

    @Test
    void clampsLogitsAtTheEnds() {
        assertEquals(0.0, PlattScaling.logit(0.5), 1e-12);
        assertEquals(Math.log(1e12), PlattScaling.logit(1.0), 1e-3);
        assertEquals(-Math.log(1e12), PlattScaling.logit(0.0), 1e-3);
    }
}
