package org.switchboard.listener.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.listener.Post;
import org.switchboard.listener.source.FakeHttp.Reply;

/** Mastodon hashtag timelines and searches against recorded API answers on a loopback server. */
class MastodonSourceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String TAG = "/api/v1/timelines/tag/acme";
    private static final String SEARCH = "/api/v2/search";

    private final FakeHttp http = FakeHttp.start();

    @AfterEach
    void stop() {
        http.close();
    }

    private MastodonSource tag(String token, ReadBudget budget) {
        return new MastodonSource("acme-tag", Duration.ofMinutes(5), MastodonSource.Mode.TAG, http.uri("/"), "acme",
                40, budget, token, Duration.ofSeconds(5), CLOCK);
    }

    private MastodonSource search(URI base, Duration timeout) {
        return new MastodonSource("acme-search", Duration.ofMinutes(5), MastodonSource.Mode.SEARCH, base, "acme support",
                20, null, null, timeout, CLOCK);
    }

    @Test
    void hashtagTimelineWithBoostsReachAndEngagement() throws Exception {
        http.on(TAG, Reply.json("mastodon-tag.json"));
        Poll poll = tag("secret-token", null).poll(SourceState.initial());

        FakeHttp.Request req = http.last();
        assertEquals("40", req.query().get("limit"));
        assertFalse(req.query().containsKey("since_id"));
        assertEquals("Bearer secret-token", req.header("Authorization"));

        List<Post> posts = poll.posts();
        assertEquals(List.of("113500000000000200", "113500000000000300"), posts.stream().map(Post::id).toList());
        Post question = posts.get(0);
        assertEquals("Does anyone know if #acme ships to Manila? Their site says nothing.", question.text());
        assertEquals("ana", question.author());
        assertEquals(320, question.followers());
        assertEquals(3, question.engagement());
        assertEquals("https://mastodon.example/@ana/113500000000000200", question.url());
        assertEquals(Instant.parse("2026-11-23T08:40:12Z"), question.createdAt());
        assertNull(question.repostOf());

        Post boost = posts.get(1);
        assertEquals("113500000000000100", boost.repostOf());
        assertEquals("RT @lee@fosstodon.example: The #Acme AX-200 firmware 1.4.4 finally fixes the Wi-Fi drops & the app crash.",
                boost.text());
        assertEquals("https://mastodon.example/users/ana/statuses/113500000000000300", boost.url());
        assertEquals("113500000000000300", ApiCursor.parse(poll.next().cursor()).sinceId());
    }

    @Test
    void resumesWithSinceIdAndSkipsWhatWasReported() throws Exception {
        http.on(TAG, Reply.json("mastodon-tag.json"));
        MastodonSource source = tag(null, null);
        Poll first = source.poll(SourceState.initial());
        assertNull(http.last().header("Authorization"));
        Poll second = tag(null, null).poll(first.next());
        assertEquals("113500000000000300", http.last().query().get("since_id"));
        assertTrue(second.posts().isEmpty(), "a server ignoring since_id still reports nothing twice");
        assertEquals(4, second.next().readToday());
    }

    @Test
    void budgetLimitsTheCount() throws Exception {
        http.on(TAG, Reply.json("mastodon-tag.json"));
        MastodonSource source = tag(null, new ReadBudget(3, 100));
        Poll first = source.poll(SourceState.initial());
        assertEquals("3", http.last().query().get("limit"));
        source.poll(first.next());
        assertEquals("1", http.last().query().get("limit"));
    }

    @Test
    void searchUsesMinIdAndShowsContentWarnings() throws Exception {
        http.on(SEARCH, Reply.json("mastodon-search.json"));
        MastodonSource source = search(http.uri("/"), Duration.ofSeconds(5));
        Poll first = source.poll(SourceState.initial());
        FakeHttp.Request req = http.last();
        assertEquals("acme support", req.query().get("q"));
        assertEquals("statuses", req.query().get("type"));
        assertEquals("20", req.query().get("limit"));
        assertFalse(req.query().containsKey("min_id"));
        Post post = first.posts().get(0);
        assertEquals("router talk\nAcme support fixed my router in ten minutes. Impressed!", post.text());
        assertEquals("lee@fosstodon.example", post.author());
        assertEquals(5120, post.followers());
        assertEquals(8, post.engagement());
        source.poll(first.next());
        assertEquals("113500000000000400", http.last().query().get("min_id"));
    }

    @Test
    void rateLimitHeadersAreHonoured() throws Exception {
        Instant reset = NOW.plusSeconds(300);
        http.on(TAG, Reply.json("mastodon-tag.json").header("X-RateLimit-Limit", "300")
                .header("X-RateLimit-Remaining", "0").header("X-RateLimit-Reset", reset.toString()));
        MastodonSource source = tag(null, null);
        Poll first = source.poll(SourceState.initial());
        SourceException e = assertThrows(SourceException.class, () -> source.poll(first.next()));
        assertEquals(SourceException.Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(300), e.retryAfter().orElseThrow());
        assertEquals(1, http.requests().size());
    }

    @Test
    void tooManyRequests() {
        http.on(TAG, Reply.status(429).header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", "2026-11-23T11:05:00.000Z"));
        SourceException e = assertThrows(SourceException.class, () -> tag(null, null).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofMinutes(5), e.retryAfter().orElseThrow());
        assertEquals("source 'acme-tag': GET " + http.uri(TAG + "?limit=40") + ": HTTP 429 rate limited, retry after 300 s",
                e.getMessage());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        http.on(TAG, Reply.ok("application/json", "[\n  {\"id\": \"1\",\n   \"content\": oops}\n]".getBytes()));
        SourceException e = assertThrows(SourceException.class, () -> tag(null, null).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().startsWith("source 'acme-tag': GET " + http.uri(TAG + "?limit=40")
                + ": malformed JSON at line 3, column"), e.getMessage());
    }

    @Test
    void jsonOfTheWrongShapeIsMalformed() {
        http.on(TAG, Reply.ok("application/json", "{\"error\":\"This method requires an authenticated user\"}".getBytes()));
        SourceException e = assertThrows(SourceException.class, () -> tag(null, null).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().endsWith(": expected a JSON array of statuses, got object"), e.getMessage());
    }

    @Test
    void refusedServerErrorAndTimeout() {
        URI nobody = FakeHttp.refusing("/");
        SourceException refused = assertThrows(SourceException.class,
                () -> search(nobody, Duration.ofSeconds(5)).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.REFUSED, refused.kind());
        assertTrue(refused.getMessage().endsWith(": connection refused"), refused.getMessage());

        http.on(SEARCH, Reply.status(503));
        assertEquals(SourceException.Kind.SERVER_ERROR, assertThrows(SourceException.class,
                () -> search(http.uri("/"), Duration.ofSeconds(5)).poll(SourceState.initial())).kind());

        http.on(SEARCH, Reply.json("mastodon-search.json").delayed(3000));
        assertEquals(SourceException.Kind.TIMEOUT, assertThrows(SourceException.class,
                () -> search(http.uri("/"), Duration.ofMillis(250)).poll(SourceState.initial())).kind());
    }

    @Test
    void idsCompareAsGrowingNumbers() {
        assertTrue(MastodonSource.compareIds("99", "100") < 0);
        assertTrue(MastodonSource.compareIds("113500000000000300", "113500000000000200") > 0);
        assertEquals(0, MastodonSource.compareIds("7", "7"));
    }
}
