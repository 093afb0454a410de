package org.switchboard.listener;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.watch.TermMatch;

/**
 * Turns a post into a {@link Mention}: the watchlist's matches, the language, the classifiers'
 * labels, the priority and, for a question the FAQ answers, its answer. Each part is a small
 * interface so the server wires the real ones (the watchlist matcher, the OpenNLP classifiers,
 * the priority rules, the FAQ index) and tests can pass their own. Thread-safe when the parts are.
 */
public final class MentionFinder {
    /** Where the watchlist's terms occur in a text. */
    @FunctionalInterface
    public interface Terms {
        List<TermMatch> find(String text);
    }

    /** What the classifiers make of a text in a language. */
    @FunctionalInterface
    public interface Classifier {
        Labels classify(String text, Language language);
    }

    /** A priority 0..100 for a post, given its labels and matches, at a moment. */
    @FunctionalInterface
    public interface Priority {
        int score(Labels labels, List<TermMatch> matches, Post post, Instant now);
    }

    /** The language of a text ({@code fallback} for text too short to tell). */
    @FunctionalInterface
    public interface Languages {
        Language detect(String text, Language fallback);
    }

    /** A FAQ answer for a question, when the FAQ answers it confidently. */
    @FunctionalInterface
    public interface Answers {
        Optional<SuggestedReply> answer(String question, Language language);

        /** No FAQ: never a suggested reply. */
        static Answers none() {
            return (q, l) -> Optional.empty();
        }

        /** The FAQ index's {@link Decision#ANSWER ANSWER} decisions, in the question's language where translated. */
        static Answers of(FaqIndex index) {
            Objects.requireNonNull(index, "index");
            return (question, language) -> {
                FaqAnswer a = index.ask(question, language);
                if (a.decision() != Decision.ANSWER) {
                    return Optional.empty();
                }
                String id = a.faqId().orElseThrow();
                return index.entry(id).map(e -> new SuggestedReply(id, answerIn(e, language), a.confidence()));
            };
        }

        private static String answerIn(FaqEntry entry, Language language) {
            FaqEntry.Translation t = entry.translations().get(language);
            return t == null ? entry.answer() : t.answer();
        }
    }

    private final Terms terms;
    private final Languages languages;
    private final Classifier classifier;
    private final Priority priority;
    private final Answers answers;
    private final Language fallback;
    private final Clock clock;

    public MentionFinder(Terms terms, Languages languages, Classifier classifier, Priority priority,
                         Answers answers, Language fallback, Clock clock) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Understands a post whether or not the watchlist matches it (the classify command reports
     * every post); {@link Mention#flagged()} says whether it is a mention.
     */
    public Mention understand(Post post) {
        return understand(post, terms.find(post.text()));
    }

    /** Like {@link #understand} but only for posts the watchlist matches: the cheap test first. */
    public Optional<Mention> find(Post post) {
        List<TermMatch> found = terms.find(post.text());
        return found.isEmpty() ? Optional.empty() : Optional.of(understand(post, found));
    }

    private Mention understand(Post post, List<TermMatch> found) {
        Language language = languages.detect(post.text(), fallback);
        Labels labels = classifier.classify(post.text(), language);
        int score = priority.score(labels, found, post, clock.instant());
        Optional<SuggestedReply> reply = labels.question() ? answers.answer(post.text(), language) : Optional.empty();
        // only mentions are stored and compared: an unflagged post needs no fingerprint
        long fingerprint = found.isEmpty() ? TextFingerprint.NONE : TextFingerprint.of(post.text());
        return new Mention(post, language, found, labels, score, reply, fingerprint);
    }
}
