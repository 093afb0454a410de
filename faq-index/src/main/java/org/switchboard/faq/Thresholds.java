package org.switchboard.faq;

/**
 * When {@link FaqIndex#ask} answers, offers options or hands off, and how raw model
 * probabilities become calibrated confidences. Chosen from a labelled validation set by
 * {@code switchboard faq tune}; kept in configuration.
 *
 * <p>A candidate's confidence is {@code σ(slope · logit(p) + intercept)}, where {@code p} is the
 * model's softmax probability at {@code temperature}: temperature sets how entries are weighed
 * against each other, and the slope and intercept (Platt scaling) make the confidence match how
 * often the best candidate is right. The thresholds apply to confidences.
 *
 * @param answer      the best candidate's confidence at or above which the bot answers with it
 * @param options     the combined confidence of the offered candidates at or above which the bot
 *                    offers them as options (below: hand off)
 * @param optionFloor the least confidence a candidate needs to be offered as an option
 * @param temperature softmax temperature applied to the model's scores (1 = none)
 * @param slope       Platt scaling slope on the log-odds of the probability (1 = none)
 * @param intercept   Platt scaling intercept (0 = none)
 */
public record Thresholds(double answer, double options, double optionFloor, double temperature,
                         double slope, double intercept) {
    /** Defaults: what {@code faq tune} chose on CLINC150's validation split, rounded; see docs/faq-quality.md. */
    public static final Thresholds DEFAULT = new Thresholds(0.42, 0.36, 0.06, 1.0, 0.96, 0.74);

    public Thresholds {
        check("answer", answer);
        check("options", options);
        check("optionFloor", optionFloor);
        if (!(temperature > 0 && temperature <= 100)) {
            throw new IllegalArgumentException("temperature must be in (0,100]: " + temperature);
        }
        if (!(slope > 0 && slope <= 100) || !(Math.abs(intercept) <= 100)) {
            throw new IllegalArgumentException("calibration slope must be in (0,100] and intercept in [-100,100]: "
                    + slope + ", " + intercept);
        }
    }

    /** Thresholds with no calibration (slope 1, intercept 0). */
    public Thresholds(double answer, double options, double optionFloor, double temperature) {
        this(answer, options, optionFloor, temperature, 1.0, 0.0);
    }

    /** The calibrated confidence of a softmax probability. */
    public double calibrate(double p) {
        if (slope == 1.0 && intercept == 0.0) {
            return p;
        }
        double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
        return 1 / (1 + Math.exp(-(slope * Math.log(q / (1 - q)) + intercept)));
    }

    /**
     * Confidences for probabilities sorted best first: the best is {@link #calibrate calibrated};
     * the others share the remaining confidence in proportion to their probabilities, never
     * exceeding the best, so that confidences still sum to at most 1.
     */
    public double[] calibrateRanked(double[] p) {
        double[] c = new double[p.length];
        if (p.length == 0) {
            return c;
        }
        double p1 = clamp(p[0]);
        c[0] = clamp(calibrate(p1));
        double scale = p1 >= 1 ? 0 : (1 - c[0]) / (1 - p1);
        for (int i = 1; i < p.length; i++) {
            c[i] = Math.min(c[0], clamp(p[i]) * scale);
        }
        return c;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    /** The same with other thresholds on the decisions, keeping temperature and calibration. */
    public Thresholds withDecisions(double newAnswer, double newOptions, double newFloor) {
        return new Thresholds(newAnswer, newOptions, newFloor, temperature, slope, intercept);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " threshold must be in [0,1]: " + v);
        }
    }
}
