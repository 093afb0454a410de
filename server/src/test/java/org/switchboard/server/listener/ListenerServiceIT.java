package org.switchboard.server.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;
import org.switchboard.listener.source.FeedSource;
import org.switchboard.listener.source.Source;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/**
 * The poller end to end on the embedded H2 file: a real RSS feed over loopback read by the real
 * feed source, the real watchlist matcher and classifiers, mentions stored; a restart resumes
 * without flagging anything twice; a failing source is reported and the others keep running.
 */
class ListenerServiceIT {
    static final String WATCHLIST = """
            terms:
              - {name: Acme, kind: brand, aliases: [ACME Corp], handles: ["@acme"], hashtags: ["#acme"], exclude: ["acme anvil meme"]}
              - {name: Maria Santos, kind: staff}
            """;
    static final FakeFeedServer.Item COMPLAINT = new FakeFeedServer.Item("a1",
            "Acme charged me twice this month and nobody at support answers the phone", "https://blog.example/1",
            "Mon, 23 Nov 2026 08:00:00 GMT");
    static final FakeFeedServer.Item COPY = new FakeFeedServer.Item("a2",
            "ACME charged me twice this month and nobody at support answers the phone!!", "https://blog.example/2",
            "Mon, 23 Nov 2026 08:05:00 GMT");
    static final FakeFeedServer.Item UNRELATED = new FakeFeedServer.Item("a3",
            "The best pineapple pizza in town, reviewed", "https://blog.example/3", "Mon, 23 Nov 2026 08:10:00 GMT");
    static final FakeFeedServer.Item LATER = new FakeFeedServer.Item("a4",
            "Maria Santos from Acme sorted out my router in five minutes, thank you", "https://blog.example/4",
            "Mon, 23 Nov 2026 09:00:00 GMT");

    @TempDir
    Path dir;

    FakeFeedServer web;
    Database db;
    ListenerParts parts;

    @BeforeEach
    void setUp() throws Exception {
        web = new FakeFeedServer();
        Path config = Files.createDirectories(dir.resolve("config").resolve("listener"));
        Files.writeString(config.resolve("watchlist.yaml"), WATCHLIST);
        db = Database.open(DatabaseConfig.embedded(), dir.resolve("data"));
        parts = ListenerParts.load(dir.resolve("config"), null, dir.resolve("data"), null, Language.ENGLISH, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        parts.close();
        db.close();
        web.close();
    }

    private Source feed(String name, String path, Duration interval) {
        return new FeedSource(name, interval, web.uri(path), Duration.ofSeconds(5), Clock.systemUTC());
    }

    private ListenerService service(List<Source> sources) {
        return new ListenerService(sources, parts.finder(), new MentionRepository(db.transactions(), Clock.systemUTC()),
                Clock.systemUTC());
    }

    @Test
    void flaggedPostsAreStoredOnceAndARestartFlagsNothingTwice() {
        web.items(List.of(COMPLAINT, COPY, UNRELATED));
        MentionRepository mentions = new MentionRepository(db.transactions(), Clock.systemUTC());
        try (ListenerService service = service(List.of(feed("alerts", "/feed.xml", Duration.ofMinutes(5))))) {
            PollReport first = service.pollAllOnce().get(0);
            assertEquals(3, first.read());
            assertEquals(2, first.flagged(), "the pineapple pizza is not about Acme");
            assertEquals(1, first.created().size(), "the near-identical copy folds into the first");
            StoredMention m = mentions.find(first.created().get(0)).orElseThrow();
            assertEquals(2, m.posts());
            assertEquals("Acme", m.mention().matches().get(0).term());
            assertEquals(0, m.mention().matches().get(0).start());
            assertTrue(m.mention().labels().complaint(), "a double charge is a complaint: " + m.mention().labels());

            PollReport again = service.pollAllOnce().get(0);
            assertEquals(List.of(), again.created());
        }
        web.items(List.of(COMPLAINT, COPY, UNRELATED, LATER));
        try (ListenerService restarted = service(List.of(feed("alerts", "/feed.xml", Duration.ofMinutes(5))))) {
            PollReport after = restarted.pollAllOnce().get(0);
            assertEquals(1, after.created().size(), "only the new item: " + after);
            StoredMention praise = mentions.find(after.created().get(0)).orElseThrow();
            assertTrue(praise.mention().matches().stream().anyMatch(t -> t.term().equals("Maria Santos")), praise.toString());
        }
        assertEquals(2, mentions.count());
    }

    @Test
    void listenersHearOfEachNewMentionAndOfEachThatGrew() {
        web.items(List.of(COMPLAINT, UNRELATED));
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ListenerService service = service(List.of(feed("alerts", "/feed.xml", Duration.ofMinutes(5))))) {
            service.onMention(new MentionListener() {
                @Override
                public void created(StoredMention m) {
                    heard.add("created " + m.mention().post().id());
                }

                @Override
                public void folded(long mentionId) {
                    heard.add("folded into " + mentionId);
                }
            });
            long id = service.pollAllOnce().get(0).created().get(0);
            web.items(List.of(COMPLAINT, UNRELATED, COPY));
            service.pollAllOnce();
            assertEquals(List.of("created a1", "folded into " + id), heard);
        }
    }

    @Test
    void aFailingSourceIsReportedUnhealthyAndTheOthersKeepRunning() {
        web.items(List.of(COMPLAINT));
        try (ListenerService service = service(List.of(feed("broken", "/broken", Duration.ofMinutes(1)),
                feed("alerts", "/feed.xml", Duration.ofMinutes(1))))) {
            List<PollReport> reports = service.pollAllOnce();
            assertTrue(reports.get(0).error().orElseThrow().contains("503"), reports.get(0).toString());
            assertEquals(1, reports.get(1).created().size());
            List<Map<String, Object>> status = service.status();
            assertEquals("broken", status.get(0).get("name"));
            assertEquals(false, status.get(0).get("healthy"));
            assertEquals(1, status.get(0).get("consecutive_failures"));
            assertTrue(String.valueOf(status.get(0).get("last_error")).contains("503"), status.get(0).toString());
            assertEquals(true, status.get(1).get("healthy"));
            assertFalse(status.get(1).get("last_success_at") == null);
        }
    }

    @Test
    void theBackgroundPollerFindsNewPostsAndBacksOffAFailingSource() throws Exception {
        web.items(List.of(COMPLAINT));
        MentionRepository mentions = new MentionRepository(db.transactions(), Clock.systemUTC());
        try (ListenerService service = service(List.of(feed("broken", "/broken", Duration.ofMillis(200)),
                feed("alerts", "/feed.xml", Duration.ofMillis(200))))) {
            service.start();
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (mentions.count() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, mentions.count());
            web.items(List.of(COMPLAINT, LATER));
            while (mentions.count() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(2, mentions.count());
            Thread.sleep(1_500);
        }
        int feedPolls = web.requests("/feed.xml");
        int brokenPolls = web.requests("/broken");
        assertTrue(brokenPolls < feedPolls, "the failing source backs off: " + brokenPolls + " polls of it against "
                + feedPolls + " of the healthy one");
    }

    @Test
    void editedSourcesAndWatchlistTakeEffectWithoutARestart() throws Exception {
        web.items(List.of(UNRELATED));
        MentionRepository mentions = new MentionRepository(db.transactions(), Clock.systemUTC());
        try (ListenerService service = service(List.of())) {
            service.start(); // no sources yet: nothing runs
            // the post names no watched term: polled, nothing flagged
            service.replaceSources(List.of(feed("blog", "/feed.xml", Duration.ofMillis(200))));
            assertEquals(List.of("blog"), service.sources().stream().map(Source::name).toList());
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (web.requests("/feed.xml") < 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(web.requests("/feed.xml") >= 1, "the poller started with the first sources");
            assertEquals(0, mentions.count());
            // a new term, and a new post naming it: found by the next poll
            parts.replaceWatchlist(org.switchboard.listener.watch.Watchlist.parse(
                    "terms: [{name: Pineapple Pizza, kind: product}, {name: Acme, kind: brand}]", "watchlist.yaml"));
            assertEquals(2, parts.watchlist().orElseThrow().terms().size());
            web.items(List.of(UNRELATED, new FakeFeedServer.Item("p2", "The pineapple pizza at the party was cold",
                    "https://blog.example/p2", "Mon, 23 Nov 2026 10:00:00 GMT")));
            while (mentions.count() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, mentions.count());
            StoredMention m = mentions.top(1).get(0);
            assertEquals(List.of("Pineapple Pizza"), m.mention().matches().stream().map(t -> t.term()).toList());
            // sources replaced again: the old one is no longer polled
            service.replaceSources(List.of());
            Thread.sleep(300);
            int before = web.requests("/feed.xml");
            Thread.sleep(600);
            assertEquals(before, web.requests("/feed.xml"));
            assertEquals(List.of(), service.status());
        }
    }

    @Test
    void aWatchlistReplacedWhileOtherThreadsMatchGivesEachPostTheOldOrTheNewTerms() throws Exception {
        org.switchboard.listener.watch.Watchlist a = org.switchboard.listener.watch.Watchlist.parse(
                "terms: [{name: Acme, kind: brand}]", "a.yaml");
        org.switchboard.listener.watch.Watchlist b = org.switchboard.listener.watch.Watchlist.parse(
                "terms: [{name: Zephyr, kind: product}]", "b.yaml");
        org.switchboard.listener.MentionFinder finder = parts.finder();
        org.switchboard.listener.Post post = new org.switchboard.listener.Post("1", "x", "Acme and Zephyr", "@a", 0, 0,
                "https://x.example/1", java.time.Instant.now(), null);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> matchers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        List<String> terms = finder.find(post).orElseThrow().matches().stream().map(m -> m.term()).toList();
                        if (terms.size() != 1) {
                            throw new AssertionError("one watchlist or the other, not " + terms);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            t.start();
            matchers.add(t);
        }
        for (int i = 0; i < 40; i++) {
            parts.replaceWatchlist(i % 2 == 0 ? a : b);
            Thread.sleep(5);
        }
        stop.set(true);
        for (Thread t : matchers) {
            t.join(10_000);
        }
        assertEquals(null, failure.get());
        assertEquals(List.of("Zephyr"), finder.find(post).orElseThrow().matches().stream().map(m -> m.term()).toList());
    }
}
