package org.switchboard.faq;

import java.util.Objects;

/**
 * How the FAQ index behaves. Built once by the server from {@code config/switchboard.yaml}.
 *
 * @param defaultLanguage the site's language: used for short questions when no better fallback is given
 * @param thresholds      decision thresholds (see {@code switchboard faq tune})
 * @param maxOptions      how many candidates an OPTIONS decision offers at most (2..4)
 */
public record FaqIndexConfig(Language defaultLanguage, Thresholds thresholds, int maxOptions) {
    public FaqIndexConfig {
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        Objects.requireNonNull(thresholds, "thresholds");
        if (maxOptions < 2 || maxOptions > 4) {
            throw new IllegalArgumentException("maxOptions must be 2..4: " + maxOptions);
        }
    }

    /** English, the default thresholds, up to 3 options. */
    public static FaqIndexConfig defaults() {
        return new FaqIndexConfig(Language.ENGLISH, Thresholds.DEFAULT, 3);
    }

    public FaqIndexConfig withThresholds(Thresholds t) {
        return new FaqIndexConfig(defaultLanguage, t, maxOptions);
    }
}
