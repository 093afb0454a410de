package org.switchboard.faq.language;

import java.util.Objects;
import org.switchboard.faq.Language;

/**
 * The outcome of {@link LanguageDetector#detectVerbose}: the language, a confidence in [0, 1] and
 * the rule that decided it.
 *
 * <p>Reasons: {@code script:greek}, {@code script:arabic} (share of letters in that script),
 * {@code letters:vietnamese} (share of words carrying diacritics), {@code cue:vietnamese} (share
 * of words that are frequent unaccented Vietnamese syllables), {@code model} (the model's
 * probability renormalised over the supported languages), and {@code fallback:short},
 * {@code fallback:no-letters}, {@code fallback:unsupported-script}, {@code fallback:model} (the
 * model ranked no supported language) with confidence 0.
 */
public record Detection(Language language, double confidence, String reason) {
    public Detection {
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(reason, "reason == null");
    }

    static Detection fallback(Language fallback, String why) {
        return new Detection(fallback, 0, "fallback:" + why);
    }

    /** True when no rule decided and the caller's fallback was returned. */
    public boolean isFallback() {
        return reason.startsWith("fallback:");
    }
}
