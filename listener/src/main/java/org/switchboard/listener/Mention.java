package org.switchboard.listener;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.faq.Language;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.watch.TermMatch;

/**
 * A post understood: where the watchlist matched it, its language, what the classifiers make of
 * it, its priority and, for a question the FAQ answers confidently, a suggested reply.
 *
 * @param post           the post as found
 * @param language       its language (the shared detector's)
 * @param matches        where watched terms were found, by position; empty: not a mention
 * @param labels         sentiment, complaint, question, abuse, each with a confidence
 * @param priority       0..100, higher first ({@code config/listener/priority.yaml})
 * @param suggestedReply the FAQ's answer when the post is a question it answers confidently
 * @param fingerprint    the {@link TextFingerprint} of its text, for near-duplicates
 */
public record Mention(Post post, Language language, List<TermMatch> matches, Labels labels, int priority,
                      Optional<SuggestedReply> suggestedReply, long fingerprint) {
    public Mention {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(labels, "labels");
        matches = List.copyOf(matches);
        suggestedReply = suggestedReply == null ? Optional.empty() : suggestedReply;
        if (priority < 0 || priority > 100) {
            throw new IllegalArgumentException("priority " + priority + " is outside 0..100");
        }
    }

    /** Whether the watchlist matched: only flagged posts are stored and shown to the team. */
    public boolean flagged() {
        return !matches.isEmpty();
    }
}
