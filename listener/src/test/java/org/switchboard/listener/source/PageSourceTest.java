package org.switchboard.listener.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Watched pages through jsoup against a recorded forum thread on a loopback server. */
class PageSourceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String HTML = "text/html; charset=utf-8";
    private static final String THREAD = "/t/ax-200-keeps-dropping-wifi/77";
    private static final PageSelectors FORUM = new PageSelectors("li.post", ".body", ".author", "a.permalink", "time");

    private final FakeHttp http = FakeHttp.start();

    @AfterEach
    void stop() {
        http.close();
    }

    private PageSource page(PageSelectors selectors, boolean allowEmpty) {
        return new PageSource("forum", Duration.ofMinutes(30), http.uri(THREAD), selectors, allowEmpty,
                Duration.ofSeconds(5), CLOCK);
    }

    @Test
    void eachMatchedItemIsAPostWithItsParts() throws Exception {
        http.on(THREAD, Reply.ok(HTML, FakeHttp.resource("forum.html")));
        Poll poll = page(FORUM, false).poll(SourceState.initial());
        List<Post> posts = poll.posts();
        assertEquals(3, posts.size());
        Post second = posts.get(1);
        assertEquals(http.uri(THREAD + "#post-1002").toString(), second.id());
        assertEquals(second.id(), second.url());
        assertEquals("Same here. Rolling back to 1.4.2 fixed it \u2013 Acme support never answered.", second.text());
        assertEquals("routerguru", second.author());
        assertEquals(Instant.parse("2026-11-21T19:15:30Z"), second.createdAt());
        assertEquals("forum", second.source());
        assertEquals(3, poll.next().readToday());
    }

    @Test
    void withoutSubSelectorsTheItemIsTheTextAndItsIdTheKey() throws Exception {
        http.on(THREAD, Reply.ok(HTML, FakeHttp.resource("forum.html")));
        List<Post> posts = page(PageSelectors.items("li.post"), false).poll(SourceState.initial()).posts();
        assertEquals(http.uri(THREAD) + "#post-1001", posts.get(0).id());
        assertTrue(posts.get(0).text().startsWith("netnewbie Nov 21 #1 Since the last firmware update"), posts.get(0).text());
        assertEquals(NOW, posts.get(0).createdAt());
    }

    @Test
    void itemsSeenBeforeAreNotReportedAgain() throws Exception {
        String html = new String(FakeHttp.resource("forum.html"), StandardCharsets.UTF_8);
        String more = html.replace("</ol>", """
                  <li class="post" id="post-1004">
                    <div class="meta"><span class="author">netnewbie</span>
                      <time datetime="2026-11-23T09:00:00Z">today</time>
                      <a class="permalink" href="/t/ax-200-keeps-dropping-wifi/77#post-1004">#4</a></div>
                    <div class="body"><p>1.4.4 works, thanks!</p></div>
                  </li>
                </ol>""");
        http.on(THREAD, Reply.ok(HTML, html.getBytes(StandardCharsets.UTF_8)).header("ETag", "W/\"abc\""),
                Reply.ok(HTML, more.getBytes(StandardCharsets.UTF_8)), Reply.status(304));
        PageSource source = page(FORUM, false);
        Poll first = source.poll(SourceState.initial());
        Poll second = source.poll(first.next());
        assertEquals("W/\"abc\"", http.last().header("If-None-Match"));
        assertEquals(List.of("1.4.4 works, thanks!"), second.posts().stream().map(Post::text).toList());
        Poll third = source.poll(second.next());
        assertTrue(third.posts().isEmpty());
    }

    @Test
    void aSelectorMatchingNothingIsAnErrorUnlessEmptyIsAllowed() throws Exception {
        http.on(THREAD, Reply.ok(HTML, FakeHttp.resource("forum.html")));
        SourceException e = assertThrows(SourceException.class,
                () -> page(PageSelectors.items("article.review"), false).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertEquals("source 'forum': GET " + http.uri(THREAD) + ": selector 'article.review' matched nothing on the page"
                + " (title 'AX-200 keeps dropping Wi-Fi - Acme Community Forum'); has its layout changed?", e.getMessage());

        Poll empty = page(PageSelectors.items("article.review"), true).poll(SourceState.initial());
        assertTrue(empty.posts().isEmpty());
    }

    @Test
    void notAnHtmlPage() {
        http.on(THREAD, Reply.json("mastodon-tag.json"));
        SourceException e = assertThrows(SourceException.class, () -> page(FORUM, false).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().endsWith(": not an HTML page (Content-Type application/json; charset=utf-8)"), e.getMessage());
    }

    @Test
    void serverErrorAndTimeout() {
        http.on(THREAD, Reply.status(502));
        SourceException e = assertThrows(SourceException.class, () -> page(FORUM, false).poll(SourceState.initial()));
        assertEquals(SourceException.Kind.SERVER_ERROR, e.kind());
        assertEquals("source 'forum': GET " + http.uri(THREAD) + ": HTTP 502", e.getMessage());

        http.on(THREAD, Reply.ok(HTML, FakeHttp.resource("forum.html")).delayed(3000));
        PageSource slow = new PageSource("forum", Duration.ofMinutes(30), http.uri(THREAD), FORUM, false,
                Duration.ofMillis(250), CLOCK);
        assertEquals(SourceException.Kind.TIMEOUT, assertThrows(SourceException.class, () -> slow.poll(SourceState.initial())).kind());
    }

    @Test
    void badSelectorsAreRefusedUpFront() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PageSelectors("li.post", "div[", null, null, null));
        assertTrue(e.getMessage().startsWith("'text' is not a CSS selector jsoup understands: div["), e.getMessage());
    }
}
