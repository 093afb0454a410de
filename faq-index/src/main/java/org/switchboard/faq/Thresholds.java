package org.switchboard.faq;

/**
 * When {@link FaqIndex#ask} answers, offers options or hands off. Chosen from a labelled
 * validation set by {@code switchboard faq tune}; kept in configuration.
 *
 * @param answer      the best candidate's confidence at or above which the bot answers with it
 * @param options     the combined confidence of the offered candidates at or above which the bot
 *                    offers them as options (below: hand off)
 * @param optionFloor the least confidence a candidate needs to be offered as an option
 * @param temperature softmax temperature applied to the model's scores (calibration; 1 = none)
 */
public record Thresholds(double answer, double options, double optionFloor, double temperature) {
    /** Defaults chosen on CLINC150's validation split; see docs/faq-quality.md. */
    public static final Thresholds DEFAULT = new Thresholds(0.35, 0.45, 0.08, 1.0);

    public Thresholds {
        check("answer", answer);
        check("options", options);
        check("optionFloor", optionFloor);
        if (!(temperature > 0 && temperature <= 100)) {
            throw new IllegalArgumentException("temperature must be in (0,100]: " + temperature);
        }
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " threshold must be in [0,1]: " + v);
        }
    }
}
