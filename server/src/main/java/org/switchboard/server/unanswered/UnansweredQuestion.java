package org.switchboard.server.unanswered;

import java.time.Instant;
import java.util.Objects;
import org.switchboard.faq.Language;

/**
 * One question nobody answered, as read from the store.
 *
 * @param ref      where it is stored: {@code chat:<conversation>:<sequence>} or {@code mention:<id>}
 * @param source   {@code chat} or {@code listener}
 * @param reason   {@code handoff}, {@code options_not_picked}, {@code not_helpful} or {@code public_question}
 * @param text     what was asked
 * @param language the language it was read in
 * @param at       when it was asked
 */
public record UnansweredQuestion(String ref, String source, String reason, String text, Language language, Instant at) {
    public static final String CHAT = "chat";
    public static final String LISTENER = "listener";
    public static final String HANDOFF = "handoff";
    public static final String NO_ANSWER = "no_answer";
    public static final String OPTIONS_NOT_PICKED = "options_not_picked";
    public static final String NOT_HELPFUL = "not_helpful";
    public static final String PUBLIC_QUESTION = "public_question";

    public UnansweredQuestion {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(at, "at");
    }
}
