package org.switchboard.listener.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.listener.Post;
import org.switchboard.listener.source.FakeHttp.Reply;

/** The X sources through the real Twitter4J against recorded v1.1 answers on a loopback server. */
class TwitterSourceHttpTest {
    private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final TwitterCredentials CREDENTIALS = new TwitterCredentials("ck", "cs", "at", "ats");
    private static final String SEARCH = "/1.1/search/tweets.json";
    private static final String MENTIONS = "/1.1/statuses/mentions_timeline.json";

    private final FakeHttp http = FakeHttp.start();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @AfterEach
    void stop() {
        http.close();
    }

    private TwitterSearchSource search(ReadBudget budget, Duration timeout) {
        String base = http.uri("/1.1/").toString();
        return new TwitterSearchSource("acme-on-x", Duration.ofMinutes(5), "acme", budget, 100,
                TwitterSource.connect(CREDENTIALS, base, timeout), base, clock);
    }

    private TwitterSearchSource search() {
        return search(new ReadBudget(1000, 20000), Duration.ofSeconds(5));
    }

    private static Reply limited(Reply r, int remaining, Instant reset) {
        return r.header("x-rate-limit-limit", "180").header("x-rate-limit-remaining", Integer.toString(remaining))
                .header("x-rate-limit-reset", Long.toString(reset.getEpochSecond()));
    }

    @Test
    void searchReadsRecordedTweetsOldestFirstWithRetweetsAndReach() throws Exception {
        http.on(SEARCH, Reply.json("twitter-search-1.json"));
        Poll poll = search().poll(SourceState.initial());

        FakeHttp.Request req = http.last();
        assertEquals("GET", req.method());
        assertEquals("acme", req.query().get("q"));
        assertEquals("100", req.query().get("count"));
        assertEquals("recent", req.query().get("result_type"));
        assertEquals("extended", req.query().get("tweet_mode"));
        assertFalse(req.query().containsKey("since_id"));
        assertTrue(req.header("Authorization").startsWith("OAuth "), req.header("Authorization"));
        assertTrue(req.header("Authorization").contains("oauth_consumer_key=\"ck\""));
        assertTrue(req.header("Authorization").contains("oauth_token=\"at\""));

        List<Post> posts = poll.posts();
        assertEquals(2, posts.size());
        Post question = posts.get(0);
        assertEquals("1860000000000000010", question.id());
        assertEquals("acme-on-x", question.source());
        assertEquals("Is Acme support open on Sundays? Need help with my order #4411", question.text());
        assertEquals("maria_k", question.author());
        assertEquals(1532, question.followers());
        assertEquals(2, question.engagement());
        assertEquals(Instant.parse("2026-11-23T09:12:44Z"), question.createdAt());
        assertEquals("https://x.com/maria_k/status/1860000000000000010", question.url());
        assertNull(question.repostOf());

        Post retweet = posts.get(1);
        assertEquals("1859990000000000001", retweet.repostOf());
        assertEquals("RT @tomdev: Acme's new router dropped my connection five times today. Anyone else?", retweet.text());
        assertEquals(12, retweet.engagement());

        assertEquals(TODAY, poll.next().usageDay());
        assertEquals(2, poll.next().readToday());
        assertEquals(2, poll.next().readThisMonth());
        assertEquals("1860000000000000025", ApiCursor.parse(poll.next().cursor()).sinceId());
    }

    @Test
    void resumesFromTheStoredSinceIdAndNeverReportsOldTweetsAgain() throws Exception {
        http.on(SEARCH, Reply.json("twitter-search-1.json"), Reply.json("twitter-search-2.json"),
                Reply.json("twitter-search-1.json"));
        TwitterSearchSource source = search();
        Poll first = source.poll(SourceState.initial());

        // a restart: a new source object given only the stored state
        Poll second = search().poll(first.next());
        assertEquals("1860000000000000025", http.last().query().get("since_id"));
        assertEquals(List.of("1860000000000000031"), second.posts().stream().map(Post::id).toList());
        assertEquals("Thanks @AcmeSupport, the replacement arrived in two days \uD83D\uDC4F", second.posts().get(0).text());

        // a server that ignores since_id: the old tweets are billed but not reported again
        Poll third = source.poll(second.next());
        assertEquals("1860000000000000031", http.last().query().get("since_id"));
        assertTrue(third.posts().isEmpty());
        assertEquals("1860000000000000031", ApiCursor.parse(third.next().cursor()).sinceId());
        assertEquals(2 + 1 + 2, third.next().readToday());
    }

    @Test
    void asksForNoMoreThanTheBudgetLeftAndNothingOnceItIsSpent() throws Exception {
        http.on(SEARCH, Reply.json("twitter-search-1.json"), Reply.json("twitter-search-2.json"));
        TwitterSearchSource source = search(new ReadBudget(3, 100), Duration.ofSeconds(5));
        Poll first = source.poll(SourceState.initial());
        assertEquals("3", http.last().query().get("count"));
        Poll second = source.poll(first.next());
        assertEquals("1", http.last().query().get("count"));
        assertEquals(3, second.next().readToday());
        Poll third = source.poll(second.next());
        assertEquals(2, http.requests().size(), "no call with the day's budget spent");
        assertTrue(third.posts().isEmpty());
        assertEquals(second.next(), third.next());
    }

    @Test
    void mentionsTimelineCarriesCountAndSinceId() throws Exception {
        http.on(MENTIONS, Reply.json("twitter-mentions.json"));
        String base = http.uri("/1.1/").toString();
        TwitterMentionsSource source = new TwitterMentionsSource("acme-mentions", Duration.ofMinutes(2),
                new ReadBudget(500, 10000), 200, TwitterSource.connect(CREDENTIALS, base, Duration.ofSeconds(5)), base, clock);
        Poll first = source.poll(SourceState.initial());
        assertEquals("200", http.last().query().get("count"));
        assertFalse(http.last().query().containsKey("since_id"));
        assertEquals(List.of("1860000000000000040", "1860000000000000052"), first.posts().stream().map(Post::id).toList());
        assertEquals("@AcmeSupport Cảm ơn! Đơn hàng đã đến hôm nay.", first.posts().get(1).text());
        assertEquals("tomdev", first.posts().get(1).author());
        assertEquals(48211, first.posts().get(1).followers());

        Poll second = source.poll(first.next());
        assertEquals("1860000000000000052", http.last().query().get("since_id"));
        assertTrue(second.posts().isEmpty());
        assertTrue(http.last().header("Authorization").contains("oauth_consumer_key=\"ck\""));
    }

    @Test
    void noCallWhileTheAnnouncedRateLimitIsUsedUp() throws Exception {
        Instant reset = NOW.plusSeconds(600);
        http.on(SEARCH, limited(Reply.json("twitter-search-1.json"), 0, reset));
        TwitterSearchSource source = search();
        Poll first = source.poll(SourceState.initial());
        assertEquals(2, first.posts().size());

        SourceException e = assertThrows(SourceException.class, () -> source.poll(first.next()));
        assertEquals(SourceException.Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(600), e.retryAfter().orElseThrow());
        assertTrue(e.getMessage().contains("acme-on-x"), e.getMessage());
        assertEquals(1, http.requests().size(), "the limit was respected without asking");

        // after the reset the source asks again
        Clock later = Clock.fixed(reset.plusSeconds(1), ZoneOffset.UTC);
        String base = http.uri("/1.1/").toString();
        TwitterSearchSource afterReset = new TwitterSearchSource("acme-on-x", Duration.ofMinutes(5), "acme",
                new ReadBudget(1000, 20000), 100, TwitterSource.connect(CREDENTIALS, base, Duration.ofSeconds(5)), base, later);
        afterReset.poll(first.next());
        assertEquals(2, http.requests().size());
    }

    @Test
    void tooManyRequestsIsRateLimitedUntilTheReset() {
        http.on(SEARCH, limited(error(429, 88, "Rate limit exceeded"), 0, NOW.plusSeconds(900)));
        SourceException e = assertThrows(SourceException.class, () -> search().poll(SourceState.initial()));
        assertEquals(SourceException.Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(900), e.retryAfter().orElseThrow());
        assertTrue(e.getMessage().contains("source 'acme-on-x' (twitter_search): GET " + http.uri("/1.1/")
                + "search/tweets.json?q=acme: HTTP 429"), e.getMessage());
    }

    @Test
    void serverErrorNamesSourceUrlAndStatus() {
        http.on(SEARCH, error(503, 130, "Over capacity"));
        SourceException e = assertThrows(SourceException.class, () -> search().poll(SourceState.initial()));
        assertEquals(SourceException.Kind.SERVER_ERROR, e.kind());
        assertTrue(e.getMessage().contains("source 'acme-on-x'"), e.getMessage());
        assertTrue(e.getMessage().contains(http.uri("/1.1/search/tweets.json").toString()), e.getMessage());
        assertTrue(e.getMessage().endsWith("HTTP 503"), e.getMessage());
    }

    private static Reply error(int status, int code, String message) {
        return new Reply(status, ("{\"errors\":[{\"code\":" + code + ",\"message\":\"" + message + "\"}]}").getBytes(),
                Map.of("Content-Type", "application/json; charset=utf-8"), 0);
    }

    @Test
    void serverErrorWithoutABodyStillNamesTheStatus() {
        http.on(SEARCH, Reply.status(502));
        SourceException e = assertThrows(SourceException.class, () -> search().poll(SourceState.initial()));
        assertEquals(SourceException.Kind.SERVER_ERROR, e.kind());
        assertTrue(e.getMessage().contains("source 'acme-on-x'"), e.getMessage());
        assertTrue(e.getMessage().contains(http.uri("/1.1/search/tweets.json").toString()), e.getMessage());
        assertTrue(e.getMessage().endsWith("HTTP 502"), e.getMessage());
    }

    @Test
    void badCredentialsAreRefused() {
        http.on(SEARCH, error(401, 32, "Could not authenticate you."));
        SourceException e = assertThrows(SourceException.class, () -> search().poll(SourceState.initial()));
        assertEquals(SourceException.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
        assertTrue(e.getMessage().contains("Could not authenticate you"), e.getMessage());
    }

    @Test
    void malformedJsonIsMalformed() {
        http.on(SEARCH, Reply.ok("application/json", "{\"statuses\": [{\"id\": 12,".getBytes()));
        SourceException e = assertThrows(SourceException.class, () -> search().poll(SourceState.initial()));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertEquals("source 'acme-on-x' (twitter_search): GET " + http.uri("/1.1/")
                + "search/tweets.json?q=acme: malformed JSON: End of input at character 25", e.getMessage());
    }

    @Test
    void connectionRefused() {
        String base = FakeHttp.refusing("/1.1/").toString();
        TwitterSearchSource source = new TwitterSearchSource("acme-on-x", Duration.ofMinutes(5), "acme",
                new ReadBudget(10, 10), 100, TwitterSource.connect(CREDENTIALS, base, Duration.ofSeconds(5)), base, clock);
        SourceException e = assertThrows(SourceException.class, () -> source.poll(SourceState.initial()));
        assertEquals(SourceException.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains(base), e.getMessage());
    }

    @Test
    void timeout() {
        http.on(SEARCH, Reply.json("twitter-search-1.json").delayed(3000));
        SourceException e = assertThrows(SourceException.class,
                () -> search(new ReadBudget(10, 10), Duration.ofMillis(300)).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("acme-on-x"), e.getMessage());
    }
}
