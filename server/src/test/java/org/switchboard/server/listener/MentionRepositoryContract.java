package org.switchboard.server.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;
import org.switchboard.listener.Mention;
import org.switchboard.listener.NearDuplicates;
import org.switchboard.listener.Post;
import org.switchboard.listener.SuggestedReply;
import org.switchboard.listener.TextFingerprint;
import org.switchboard.listener.source.SourceState;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.understand.Sentiment;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.server.jdbc.Database;

/** The mention storage contract, run on H2 and on PostgreSQL. */
abstract class MentionRepositoryContract {
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final Labels COMPLAINT = new Labels(Sentiment.NEGATIVE, 0.9, true, 0.8, false, 0.7, false, 0.95);

    Database db;
    MentionRepository repo;
    NearDuplicates near;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        repo = new MentionRepository(db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        near = new NearDuplicates(1000);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Mention mention(String id, String source, String text, String repostOf) {
        Post p = new Post(id, source, text, "@ana", 1200, 7, "https://x.example/" + id, NOW.minusSeconds(60), repostOf);
        return new Mention(p, Language.ENGLISH, List.of(new TermMatch("Acme", TermKind.BRAND, 0, 5)), COMPLAINT, 80,
                Optional.empty(), TextFingerprint.of(text));
    }

    static SourceState state(String cursor, long readToday) {
        return new SourceState(cursor, LocalDate.of(2026, 11, 23), readToday, readToday + 100);
    }

    @Test
    void storesAMentionWithItsTermsLabelsAndTheSourceState() {
        Mention m = new Mention(new Post("1", "search", "@acme how do I reset my router?", "@ana", 1200, 7,
                "https://x.example/1", NOW.minusSeconds(60), null), Language.ENGLISH,
                List.of(new TermMatch("Acme", TermKind.BRAND, 0, 5)),
                new Labels(Sentiment.NEUTRAL, 0.6, false, 0.7, true, 0.9, false, 0.99), 42,
                Optional.of(new SuggestedReply("router-reset", "Hold the button for 10 s.", 0.83)), TextFingerprint.of("x y z w"));
        StoredPoll poll = repo.store("search", "twitter_search", List.of(m), state("c1", 5), near);
        assertEquals(1, poll.created().size());
        StoredMention s = repo.find(poll.created().get(0)).orElseThrow();
        assertEquals(m, s.mention());
        assertEquals(NOW, s.foundAt());
        assertEquals(1, s.posts());
        assertEquals(List.of("search"), s.sources());
        assertEquals(state("c1", 5), repo.state("search"));
        SourceRecord r = repo.sources().get(0);
        assertEquals("twitter_search", r.kind());
        assertEquals(NOW, r.lastSuccessAt());
        assertEquals(0, r.failures());
    }

    @Test
    void aSourceNeverPolledHasTheInitialState() {
        assertEquals(SourceState.initial(), repo.state("nobody"));
    }

    @Test
    void thePostsASourceReportedAgainChangeNothing() {
        repo.store("search", "twitter_search", List.of(mention("1", "search", "Acme fibre is down again in Cebu today", null)), state("c1", 1), near);
        StoredPoll again = repo.store("search", "twitter_search",
                List.of(mention("1", "search", "Acme fibre is down again in Cebu today", null)), state("c2", 2), near);
        assertEquals(List.of(), again.created());
        assertEquals(1, again.alreadySeen());
        assertEquals(1, repo.count());
        assertEquals(1, repo.top(10).get(0).posts());
        assertEquals("c2", repo.state("search").cursor());
    }

    @Test
    void theSamePostFromTwoSourcesIsOneMentionSeenByBoth() {
        repo.store("search", "twitter_search", List.of(mention("1", "search", "Acme fibre is down again in Cebu today", null)), state("a", 1), near);
        StoredPoll p = repo.store("mentions", "twitter_mentions", List.of(mention("1", "mentions", "Acme fibre is down again in Cebu today", null)), state("b", 1), near);
        assertEquals(1, p.folded());
        StoredMention s = repo.top(10).get(0);
        assertEquals(1, repo.count());
        assertEquals(1, s.posts(), "one post, however many sources saw it");
        assertEquals(List.of("mentions", "search"), s.sources());
    }

    @Test
    void repostsFoldIntoTheOriginalWhicheverArrivesFirst() {
        repo.store("search", "twitter_search", List.of(
                mention("2", "search", "RT @ana: Acme billing charged me twice this month", "1"),
                mention("3", "search", "RT @ana: Acme billing charged me twice this month", "1")), state("a", 2), near);
        StoredPoll later = repo.store("mentions", "twitter_mentions",
                List.of(mention("1", "mentions", "Acme billing charged me twice this month", null)), state("b", 1), near);
        assertEquals(1, repo.count());
        assertEquals(1, later.folded());
        assertEquals(2, repo.top(10).get(0).posts(), "two retweets of one post: the retweet first found, the second retweet");
    }

    @Test
    void nearIdenticalTextsFoldWithACountAndSurviveARestart() {
        repo.store("search", "twitter_search", List.of(
                mention("1", "search", "@acme my fibre has been down since Monday and nobody answers https://t.co/a", null),
                mention("2", "search", "@acme my fibre has been down since Monday and nobody answers https://t.co/b", null)), state("a", 2), near);
        assertEquals(1, repo.count());
        NearDuplicates restarted = new NearDuplicates(1000);
        assertEquals(1, repo.loadFingerprints(restarted, NOW.minusSeconds(86400)));
        StoredPoll p = repo.store("search", "twitter_search", List.of(
                mention("3", "search", "@ACME my fibre has been down since Monday and nobody answers!!", null),
                mention("4", "search", "@acme why was I charged twice for the mobile plan this month", null)), state("b", 4), restarted);
        assertEquals(1, p.folded());
        assertEquals(1, p.created().size());
        assertEquals(2, repo.count());
        assertEquals(3, repo.find(repo.top(10).stream().filter(s -> s.mention().post().id().equals("1")).findFirst().orElseThrow().id())
                .orElseThrow().posts());
    }

    @Test
    void unflaggedPostsAreNotStored() {
        Mention none = new Mention(Post.of("9", "search", "pineapple pizza", NOW), Language.ENGLISH, List.of(), COMPLAINT, 10,
                Optional.empty(), 0);
        StoredPoll p = repo.store("search", "twitter_search", List.of(none), state("a", 1), near);
        assertEquals(0, repo.count());
        assertEquals(List.of(), p.created());
        assertEquals("a", repo.state("search").cursor(), "the state moves on all the same");
    }

    @Test
    void topIsByPriorityThenAge() {
        Mention low = mention("1", "s", "Acme is fine I guess for most of the things", null);
        Mention high = new Mention(mention("2", "s", "Acme support hung up on me twice today", null).post(), Language.ENGLISH,
                low.matches(), COMPLAINT, 95, Optional.empty(), TextFingerprint.of("Acme support hung up on me twice today"));
        repo.store("s", "feed", List.of(low, high), state("a", 0), near);
        assertEquals(List.of("2", "1"), repo.top(10).stream().map(s -> s.mention().post().id()).toList());
    }

    @Test
    void aFailedPollKeepsTheStateAndCountsTheFailure() {
        repo.store("feed", "feed", List.of(), state("etag-1", 0), near);
        repo.recordFailure("feed", "feed", "feed 'feed' (http://127.0.0.1/x): HTTP 503");
        repo.recordFailure("feed", "feed", "feed 'feed' (http://127.0.0.1/x): timed out after 10 s");
        SourceRecord r = repo.sources().get(0);
        assertEquals(2, r.failures());
        assertEquals("feed 'feed' (http://127.0.0.1/x): timed out after 10 s", r.lastError());
        assertEquals("etag-1", r.state().cursor());
        repo.store("feed", "feed", List.of(), state("etag-2", 0), near);
        assertEquals(0, repo.sources().get(0).failures());
        assertNull(repo.sources().get(0).lastError());
    }

    @Test
    void aPollThatFailsToStoreLeavesNothingHalfDone() {
        Mention ok = mention("1", "s", "Acme fibre is down again in Cebu today", null);
        Post unstorable = new Post("2", "s", "Acme again and again and again", "", 0, 0, "", Instant.MAX, null);
        Mention bad = new Mention(unstorable, Language.ENGLISH, ok.matches(), COMPLAINT, 50, Optional.empty(), 0);
        assertThrows(java.time.DateTimeException.class, () -> repo.store("s", "feed", List.of(ok, bad), state("c", 0), near));
        assertEquals(0, repo.count(), "the first mention of the poll was rolled back with it");
        assertEquals(SourceState.initial(), repo.state("s"), "and so was the source's state");
        assertEquals(0, near.size());
    }
}
