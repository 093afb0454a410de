package org.switchboard.server.listener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.faq.language.LanguageDetector;
import org.switchboard.listener.MentionFinder;
import org.switchboard.listener.source.Source;
import org.switchboard.listener.source.SourcesConfig;
import org.switchboard.listener.understand.MentionClassifier;
import org.switchboard.listener.understand.PriorityRules;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.listener.watch.Watchlist;
import org.switchboard.listener.watch.WatchlistMatcher;

/**
 * The listener's parts as configured: the watchlist ({@code config/listener/watchlist.yaml}, or
 * another file), the classifiers (retrained ones under {@code DATA/listener/models}, else the
 * shipped ones), the priority rules ({@code config/listener/priority.yaml}) and the FAQ for
 * suggested replies, put together as a {@link MentionFinder}; and the sources
 * ({@code config/listener/sources.yaml}). The watchlist can be replaced while the finder is in
 * use ({@link #replaceWatchlist}): each post is matched wholly by the old or the new one.
 */
public final class ListenerParts implements AutoCloseable {
    private final MentionClassifier classifier;
    private final PriorityRules priority;
    private final MentionFinder finder;
    /** Guards the swap: matching holds the read lock, so the old matcher is closed only once no post is in it. */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile Watchlist watchlist;
    private volatile WatchlistMatcher matcher;

    private ListenerParts(Watchlist watchlist, MentionClassifier classifier, PriorityRules priority, FaqIndex index,
                          Language fallback, Clock clock) {
        this.watchlist = watchlist;
        this.matcher = watchlist == null ? null : WatchlistMatcher.of(watchlist);
        MentionFinder.Terms terms = this::match;
        this.classifier = classifier;
        this.priority = priority;
        MentionFinder.Answers answers = index == null ? MentionFinder.Answers.none() : MentionFinder.Answers.of(index);
        MentionFinder.Languages languages = index == null
                ? LanguageDetector.load()::detect : index::detectLanguage;
        this.finder = new MentionFinder(terms, languages, classifier::classify, priority::score, answers, fallback, clock);
    }

    /**
     * Loads the parts. Without a watchlist file (a configuration directory made before the
     * listener) nothing is flagged. Configuration mistakes are reported with the file and key, as
     * {@link IllegalArgumentException}s or the parts' own exceptions.
     *
     * @param configDir the configuration directory ({@code config/})
     * @param watchlistFile another watchlist than the configured one, or null
     * @param dataDir   the data directory (retrained models)
     * @param index     the FAQ (language detection, suggested replies), or null: no suggested
     *                  replies, and the shared language detector loaded on its own
     */
    public static ListenerParts load(Path configDir, Path watchlistFile, Path dataDir, FaqIndex index, Language fallback,
                                     Clock clock) {
        Path configured = watchlistFile(configDir);
        Watchlist watchlist = watchlistFile != null ? Watchlist.load(watchlistFile)
                : Files.exists(configured) ? Watchlist.load(configured) : null;
        MentionClassifier classifier = MentionClassifier.load(modelsDir(dataDir));
        Path priorityFile = configDir.resolve("listener").resolve("priority.yaml");
        PriorityRules priority = Files.exists(priorityFile) ? PriorityRules.load(priorityFile) : PriorityRules.defaults();
        return new ListenerParts(watchlist, classifier, priority, index, fallback, clock);
    }

    /** The configured watchlist file. */
    public static Path watchlistFile(Path configDir) {
        return configDir.resolve("listener").resolve("watchlist.yaml");
    }

    /** Where {@code listener train} saves models and the classifiers look for them. */
    public static Path modelsDir(Path dataDir) {
        return dataDir.resolve("listener").resolve("models");
    }

    /** The configured sources (enabled ones only); none when there is no sources file. */
    public static List<Source> sources(Path configDir, Map<String, String> env) {
        Path file = configDir.resolve("listener").resolve("sources.yaml");
        if (!Files.exists(file)) {
            return List.of();
        }
        return SourcesConfig.load(file, env).sources();
    }

    private List<TermMatch> match(String text) {
        swap.readLock().lock();
        try {
            WatchlistMatcher m = matcher;
            return m == null ? List.of() : m.match(text);
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Makes {@code replacement} the watchlist the {@link #finder()} matches with, from the next
     * post on; the old matcher is closed once the posts being matched with it are done.
     */
    public void replaceWatchlist(Watchlist replacement) {
        WatchlistMatcher fresh = WatchlistMatcher.of(java.util.Objects.requireNonNull(replacement, "replacement"));
        WatchlistMatcher old;
        swap.writeLock().lock();
        try {
            old = matcher;
            matcher = fresh;
            watchlist = replacement;
        } finally {
            swap.writeLock().unlock();
        }
        if (old != null) {
            old.close();
        }
    }

    public MentionFinder finder() {
        return finder;
    }

    /** The watchlist in force, if there is one. */
    public Optional<Watchlist> watchlist() {
        return Optional.ofNullable(watchlist);
    }

    /** Its matcher, if there is a watchlist. */
    public Optional<WatchlistMatcher> matcher() {
        return Optional.ofNullable(matcher);
    }

    public MentionClassifier classifier() {
        return classifier;
    }

    public PriorityRules priority() {
        return priority;
    }

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            if (matcher != null) {
                matcher.close();
            }
        } finally {
            swap.writeLock().unlock();
        }
    }
}
