package org.switchboard.listener.source;

import java.time.Clock;
import java.time.Duration;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.v1.Paging;
import twitter4j.v1.ResponseList;
import twitter4j.v1.Status;

/**
 * Posts mentioning the account whose credentials are configured
 * ({@code GET statuses/mentions_timeline.json}), kind {@code twitter_mentions}.
 */
public final class TwitterMentionsSource extends TwitterSource {
    /** The most the mentions timeline returns in one call. */
    public static final int MAX_PAGE = 200;

    /**
     * @param twitter a client from {@link TwitterSource#connect} (or a mock)
     * @param baseUrl the API's base URL, for messages
     */
    public TwitterMentionsSource(String name, Duration interval, ReadBudget budget, int pageSize,
                                 Twitter twitter, String baseUrl, Clock clock) {
        super(name, interval, budget, Math.min(pageSize, MAX_PAGE), twitter, baseUrl, clock);
    }

    @Override
    public String kind() {
        return "twitter_mentions";
    }

    @Override
    Page fetch(Twitter twitter, long sinceId, int count) throws TwitterException {
        Paging paging = Paging.ofCount(count);
        if (sinceId > 0) {
            paging = paging.sinceId(sinceId);
        }
        ResponseList<Status> list = twitter.v1().timelines().getMentionsTimeline(paging);
        return new Page(list, list == null ? null : list.getRateLimitStatus());
    }

    @Override
    String endpoint() {
        return "statuses/mentions_timeline.json";
    }
}
