package org.switchboard.listener.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.listener.Post;
import org.switchboard.listener.source.FakeHttp.Reply;

/** RSS and Atom feeds through ROME against recorded feeds on a loopback server. */
class FeedSourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC);
    private static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String RSS = "application/rss+xml";

    private final FakeHttp http = FakeHttp.start();

    @AfterEach
    void stop() {
        http.close();
    }

    private FeedSource feed(String path, Duration timeout) {
        return new FeedSource("alerts", Duration.ofMinutes(15), http.uri(path), timeout, CLOCK);
    }

    private FeedSource feed(String path) {
        return feed(path, Duration.ofSeconds(5));
    }

    @Test
    void googleAlertsAtomBecomesPlainTextPostsWithDirectLinks() throws Exception {
        http.on("/alerts/feeds/1", Reply.ok(ATOM, FakeHttp.resource("google-alerts.xml")));
        Poll poll = feed("/alerts/feeds/1").poll(SourceState.initial());

        List<Post> posts = poll.posts();
        assertEquals(2, posts.size());
        Post greek = posts.get(0);
        assertEquals("tag:google.com,2013:googlealerts/feed:4452987711203948811", greek.id());
        assertEquals("Ο νέος δρομολογητής της Acme στην Ελλάδα\nΗ Acme φέρνει τον AX-200 στα καταστήματα ...", greek.text());
        assertEquals("https://tech.example.gr/acme-router", greek.url());
        assertEquals(Instant.parse("2026-11-22T16:03:00Z"), greek.createdAt());
        Post recall = posts.get(1);
        assertEquals("Acme router recall: what owners need to know\nOwners of the Acme AX-200 router are asked to stop "
                + "using the power adapter & request a free replacement ...", recall.text());
        assertEquals("https://www.example-news.com/tech/acme-router-recall?ref=alerts&page=2", recall.url());
        assertEquals("alerts", recall.source());
        assertNull(recall.repostOf());
        assertEquals(2, poll.next().readToday());
    }

    @Test
    void rssEntriesCarryGuidAuthorAndDate() throws Exception {
        http.on("/feed.rss", Reply.ok(RSS, FakeHttp.resource("blog.rss")));
        List<Post> posts = feed("/feed.rss").poll(SourceState.initial()).posts();
        assertEquals(List.of("homenet-post-8790", "homenet-post-8812"), posts.stream().map(Post::id).toList());
        Post review = posts.get(1);
        assertEquals("Review: the Acme AX-200 is fast & frustrating\nGreat range, but the Acme app crashed twice during setup.",
                review.text());
        assertEquals("Jo Park", review.author());
        assertEquals("https://homenet.example.org/2026/11/acme-ax-200-review", review.url());
        assertEquals(Instant.parse("2026-11-22T14:30:00Z"), review.createdAt());
    }

    @Test
    void conditionalGetAnswered304ReportsNothing() throws Exception {
        http.on("/feed.rss",
                Reply.ok(RSS, FakeHttp.resource("blog.rss")).header("ETag", "\"v1\"")
                        .header("Last-Modified", "Mon, 23 Nov 2026 08:00:00 GMT"),
                Reply.status(304));
        FeedSource source = feed("/feed.rss");
        Poll first = source.poll(SourceState.initial());
        assertNull(http.last().header("If-None-Match"));
        Poll second = source.poll(first.next());
        assertEquals("\"v1\"", http.last().header("If-None-Match"));
        assertEquals("Mon, 23 Nov 2026 08:00:00 GMT", http.last().header("If-Modified-Since"));
        assertTrue(second.posts().isEmpty());
        assertEquals(first.next(), second.next());
    }

    @Test
    void entriesAlreadyReportedAreNotReportedAgain() throws Exception {
        String rss = new String(FakeHttp.resource("blog.rss"), StandardCharsets.UTF_8);
        String newer = rss.replace("<item>", """
                <item>
                    <title>Acme answers our questions</title>
                    <link>https://homenet.example.org/2026/11/acme-interview</link>
                    <guid isPermaLink="false">homenet-post-8820</guid>
                    <pubDate>Mon, 23 Nov 2026 09:30:00 +0000</pubDate>
                    <description>An interview.</description>
                  </item>
                  <item>""".replaceFirst("<item>\\s*$", "<item>"));
        http.on("/feed.rss", Reply.ok(RSS, rss.getBytes(StandardCharsets.UTF_8)),
                Reply.ok(RSS, rss.getBytes(StandardCharsets.UTF_8)), Reply.ok(RSS, newer.getBytes(StandardCharsets.UTF_8)));
        FeedSource source = feed("/feed.rss");
        Poll first = source.poll(SourceState.initial());
        assertEquals(2, first.posts().size());
        Poll same = source.poll(first.next());
        assertTrue(same.posts().isEmpty());
        Poll third = source.poll(same.next());
        assertEquals(List.of("homenet-post-8820"), third.posts().stream().map(Post::id).toList());
    }

    @Test
    void theSeenSetIsBounded() {
        SeenCursor c = SeenCursor.parse(null);
        for (int i = 0; i < SeenCursor.LIMIT + 50; i++) {
            c = c.next(null, null, List.of("id-" + i));
        }
        assertEquals(SeenCursor.LIMIT, c.seen().size());
        assertFalse(c.saw("id-0"));
        assertTrue(c.saw("id-" + (SeenCursor.LIMIT + 49)));
        // an item still shown is remembered longer than ones gone
        c = c.next(null, null, List.of("id-60"));
        c = c.next(null, null, List.of("new"));
        assertTrue(c.saw("id-60"));
        assertEquals(c, SeenCursor.parse(c.json()));
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        http.on("/feed.rss", Reply.ok(RSS, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>x</titel>"
                .getBytes(StandardCharsets.UTF_8)));
        SourceException e = assertThrows(SourceException.class, () -> feed("/feed.rss").poll(SourceState.initial()));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().startsWith("source 'alerts': GET " + http.uri("/feed.rss") + ": malformed XML at line 3, column"),
                e.getMessage());
    }

    @Test
    void aPageThatIsNotAFeedIsMalformed() {
        http.on("/feed.rss", Reply.ok("text/html", FakeHttp.resource("forum.html")));
        SourceException e = assertThrows(SourceException.class, () -> feed("/feed.rss").poll(SourceState.initial()));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertEquals("source 'alerts': GET " + http.uri("/feed.rss") + ": not an RSS or Atom feed but an HTML page (text/html)",
                e.getMessage());

        http.on("/other.xml", Reply.ok("application/xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>".getBytes()));
        SourceException notFeed = assertThrows(SourceException.class, () -> feed("/other.xml").poll(SourceState.initial()));
        assertEquals("source 'alerts': GET " + http.uri("/other.xml") + ": not an RSS or Atom feed (application/xml): Invalid document",
                notFeed.getMessage());
    }

    @Test
    void httpFailures() {
        http.on("/500", Reply.status(500));
        SourceException server = assertThrows(SourceException.class, () -> feed("/500").poll(SourceState.initial()));
        assertEquals(SourceException.Kind.SERVER_ERROR, server.kind());
        assertEquals("source 'alerts': GET " + http.uri("/500") + ": HTTP 500", server.getMessage());

        http.on("/429", Reply.status(429).header("Retry-After", "120"));
        SourceException limited = assertThrows(SourceException.class, () -> feed("/429").poll(SourceState.initial()));
        assertEquals(SourceException.Kind.RATE_LIMITED, limited.kind());
        assertEquals(Duration.ofSeconds(120), limited.retryAfter().orElseThrow());

        SourceException gone = assertThrows(SourceException.class, () -> feed("/missing").poll(SourceState.initial()));
        assertEquals(SourceException.Kind.REFUSED, gone.kind());
        assertTrue(gone.getMessage().endsWith("HTTP 404"), gone.getMessage());

        URI nobody = FakeHttp.refusing("/feed.rss");
        SourceException refused = assertThrows(SourceException.class,
                () -> new FeedSource("alerts", Duration.ofMinutes(1), nobody, Duration.ofSeconds(5), CLOCK).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.REFUSED, refused.kind());
        assertEquals("source 'alerts': GET " + nobody + ": connection refused", refused.getMessage());

        http.on("/slow", Reply.ok(RSS, FakeHttp.resource("blog.rss")).delayed(3000));
        SourceException slow = assertThrows(SourceException.class,
                () -> feed("/slow", Duration.ofMillis(300)).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.TIMEOUT, slow.kind());
        assertEquals("source 'alerts': GET " + http.uri("/slow") + ": no answer within 300 ms", slow.getMessage());

        http.on("/stalls", Reply.ok(RSS, FakeHttp.resource("blog.rss")).stalled(3000));
        long started = System.nanoTime();
        SourceException stalled = assertThrows(SourceException.class,
                () -> feed("/stalls", Duration.ofMillis(300)).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.TIMEOUT, stalled.kind());
        assertEquals("source 'alerts': GET " + http.uri("/stalls") + ": no answer within 300 ms", stalled.getMessage());
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "a body that stalls does not hold the poll");
    }

    @Test
    void anAnswerOverTheCapIsRefused() {
        byte[] huge = new byte[WebClient.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        http.on("/huge.xml", Reply.ok(RSS, huge));
        SourceException e = assertThrows(SourceException.class, () -> feed("/huge.xml").poll(SourceState.initial()));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertEquals("source 'alerts': GET " + http.uri("/huge.xml") + ": answer larger than 8388608 bytes", e.getMessage());
    }

    @Test
    void anUnresolvedHostIsNotAConnectionRefused() {
        // what HttpClient throws for a host it cannot resolve (not provoked here: no DNS in tests)
        java.net.ConnectException unresolved = new java.net.ConnectException();
        unresolved.initCause(new java.net.ConnectException().initCause(new java.nio.channels.UnresolvedAddressException()));
        assertTrue(WebClient.unresolved(unresolved));
        assertFalse(WebClient.unresolved(new java.net.ConnectException("Connection refused")));
    }

    @Test
    void googleRedirectsAreUnwrapped() {
        assertEquals("https://example.com/a?b=c", AlertLinks.unwrap(
                "https://www.google.com/url?rct=j&sa=t&url=https://example.com/a%3Fb%3Dc&ct=ga&cd=X&usg=Y"));
        assertEquals("https://example.com/x", AlertLinks.unwrap("https://www.google.com/url?q=https://example.com/x&sa=U"));
        assertEquals("https://example.com/plain", AlertLinks.unwrap("https://example.com/plain"));
        assertEquals("https://www.google.com/search?q=acme", AlertLinks.unwrap("https://www.google.com/search?q=acme"));
        assertEquals("", AlertLinks.unwrap(null));
    }
}
