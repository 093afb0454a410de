package org.switchboard.listener.source;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.v1.Query;
import twitter4j.v1.QueryResult;

/** Recent posts on X matching a search query ({@code GET search/tweets.json}), kind {@code twitter_search}. */
public final class TwitterSearchSource extends TwitterSource {
    /** The most the search API returns in one call. */
    public static final int MAX_PAGE = 100;

    private final String query;

    /**
     * @param twitter a client from {@link TwitterSource#connect} (or a mock)
     * @param baseUrl the API's base URL, for messages
     */
    public TwitterSearchSource(String name, Duration interval, String query, ReadBudget budget, int pageSize,
                               Twitter twitter, String baseUrl, Clock clock) {
        super(name, interval, budget, Math.min(pageSize, MAX_PAGE), twitter, baseUrl, clock);
        this.query = Objects.requireNonNull(query, "query");
    }

    @Override
    public String kind() {
        return "twitter_search";
    }

    /** The search query as X's search syntax has it. */
    public String query() {
        return query;
    }

    @Override
    Page fetch(Twitter twitter, long sinceId, int count) throws TwitterException {
        Query q = Query.of(query).count(count).resultType(Query.ResultType.recent);
        if (sinceId > 0) {
            q = q.sinceId(sinceId);
        }
        QueryResult result = twitter.v1().search().search(q);
        return new Page(result.getTweets(), result.getRateLimitStatus());
    }

    @Override
    String endpoint() {
        return "search/tweets.json?q=" + query;
    }
}
