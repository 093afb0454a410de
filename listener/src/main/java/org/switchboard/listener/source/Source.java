package org.switchboard.listener.source;

import java.time.Duration;
import java.util.Optional;

/**
 * One place posts come from (a Twitter search, a mentions timeline, an RSS/Atom feed, a watched
 * page, a Mastodon hashtag or search). A source is polled by one thread at a time.
 */
public interface Source {
    /** The name given in {@code sources.yaml}, unique. */
    String name();

    /** The kind ("twitter_search", "twitter_mentions", "feed", "page", "mastodon_tag", "mastodon_search"). */
    String kind();

    /** How often it is polled when healthy. */
    Duration interval();

    /**
     * Fetches what is new since {@code state}. Never reads more posts than the state's remaining
     * budget allows (sources without a budget ignore it).
     *
     * @throws SourceException when the source timed out, answered 5xx or something unreadable,
     *                         or refused (rate limit); the state is then unchanged
     */
    Poll poll(SourceState state) throws SourceException;

    /**
     * The most posts this source may read per UTC day and per month, for networks that bill per
     * post read (X); empty when reading is free. Usage is counted in {@link SourceState}.
     */
    default Optional<ReadBudget> budget() {
        return Optional.empty();
    }
}
