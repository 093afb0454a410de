package org.switchboard.server.triage;

import java.time.Duration;
import java.util.Objects;

/**
 * When negative mentions of a term are a surge: more in the last {@code window} than its usual
 * rate, the mean of the {@code historyBuckets} windows before plus {@code k} standard deviations,
 * and at least {@code atLeast}.
 *
 * <pre>
 *   c₀ = negative mentions in (now − window, now]
 *   cᵢ = negative mentions in (now − (i+1)·window, now − i·window],  i = 1 … B   (B = 7 days / window = 168)
 *   μ  = (Σ cᵢ) / B          σ = √( (Σ cᵢ²) / B − μ² )      (population; windows with none count as 0)
 *   surge ⇔ c₀ ≥ N  and  c₀ > μ + k·σ        threshold = max(N, μ + k·σ)
 * </pre>
 *
 * A term with no history has μ = σ = 0: its surge is {@code atLeast} negative mentions in a window.
 *
 * @param window         how long "the last hour" is (a whole number of seconds, at least a minute)
 * @param historyBuckets B, how many windows make the usual rate (7 days of hours: 168)
 * @param k              standard deviations above the mean, 0..10
 * @param atLeast        N, the fewest negative mentions in a window that can be a surge, at least 1
 */
public record SurgeRule(Duration window, int historyBuckets, double k, int atLeast) {
    public SurgeRule {
        Objects.requireNonNull(window, "window");
        if (window.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("window must be at least a minute: " + window);
        }
        if (historyBuckets < 1) {
            throw new IllegalArgumentException("historyBuckets must be >= 1: " + historyBuckets);
        }
        if (!(k >= 0 && k <= 10)) {
            throw new IllegalArgumentException("k must be 0..10: " + k);
        }
        if (atLeast < 1) {
            throw new IllegalArgumentException("atLeast must be >= 1: " + atLeast);
        }
    }

    /** One hour, against the 7 days before, k = 3, at least 10. */
    public static SurgeRule standard() {
        return new SurgeRule(Duration.ofHours(1), 168, 3.0, 10);
    }

    /** The rule with a history of {@code days} days of windows. */
    public static SurgeRule of(Duration window, int historyDays, double k, int atLeast) {
        long buckets = Duration.ofDays(historyDays).toSeconds() / Math.max(1, window.toSeconds());
        return new SurgeRule(window, (int) Math.max(1, buckets), k, atLeast);
    }

    /** How long the history is: {@code historyBuckets} windows. */
    public Duration history() {
        return window.multipliedBy(historyBuckets);
    }

    /**
     * What the rule makes of a term's counts.
     *
     * @param current the negative mentions in the latest window (c₀)
     * @param history the negative mentions in each earlier window, newest first; missing ones are 0
     */
    public Verdict judge(int current, int[] history) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < Math.min(history.length, historyBuckets); i++) {
            sum += history[i];
            squares += (double) history[i] * history[i];
        }
        double mean = sum / historyBuckets;
        double sd = Math.sqrt(Math.max(0, squares / historyBuckets - mean * mean));
        double usualPlus = mean + k * sd;
        boolean surge = current >= atLeast && current > usualPlus;
        return new Verdict(current, mean, sd, Math.max(atLeast, usualPlus), surge);
    }

    /**
     * @param count     negative mentions in the latest window
     * @param usual     μ, the mean per window over the history
     * @param stdDev    σ
     * @param threshold max(N, μ + k·σ): the count must reach N and exceed μ + k·σ
     * @param surge     whether it is a surge
     */
    public record Verdict(int count, double usual, double stdDev, double threshold, boolean surge) {
    }
}
