package org.switchboard.server.triage;

import org.switchboard.server.staff.TestClock;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;
import org.switchboard.listener.Mention;
import org.switchboard.listener.NearDuplicates;
import org.switchboard.listener.Post;
import org.switchboard.listener.TextFingerprint;
import org.switchboard.listener.source.SourceState;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.understand.Sentiment;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.listener.MentionRepository;

/**
 * Surges computed from stored mentions, against counts worked out by hand; run on H2 and
 * PostgreSQL. The rule: 1-hour windows, 7 days of history (168 windows), k = 2, N = 3.
 */
abstract class SurgeContract {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final SurgeRule RULE = new SurgeRule(Duration.ofHours(1), 168, 2.0, 3);
    static final Labels NEGATIVE = new Labels(Sentiment.NEGATIVE, 0.9, true, 0.8, false, 0.7, false, 0.95);
    static final Labels POSITIVE = new Labels(Sentiment.POSITIVE, 0.9, false, 0.8, false, 0.7, false, 0.95);

    Database db;
    MentionRepository mentions;
    SurgeRepository surges;
    TestClock clock;
    private final AtomicInteger ids = new AtomicInteger();
    private final List<Mention> pending = new ArrayList<>();

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        mentions = new MentionRepository(db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        surges = new SurgeRepository(db.transactions());
        clock = new TestClock(NOW);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** {@code n} mentions of {@code term} posted at {@code at}. */
    void add(int n, String term, TermKind kind, Labels labels, Instant at) {
        for (int i = 0; i < n; i++) {
            int id = ids.incrementAndGet();
            Post p = new Post("p" + id, "search", "post " + id + " about " + term, "@u" + id, 10, 0, "https://x.example/" + id, at, null);
            pending.add(new Mention(p, Language.ENGLISH, List.of(new TermMatch(term, kind, 0, term.length())), labels, 50,
                    Optional.empty(), TextFingerprint.NONE));
        }
    }

    void store() {
        mentions.store("search", "twitter_search", pending, SourceState.initial(), new NearDuplicates(10));
        pending.clear();
    }

    /** The hand-worked data set: see each term's comment. */
    void scenario() {
        // Acme: history 2 (10:30), 4 (09:30), 2 (06:30) → μ = 8/168, σ = 0.374953, μ+2σ = 0.797525 < N: threshold 3
        add(2, "Acme", TermKind.BRAND, NEGATIVE, NOW.minus(Duration.ofMinutes(90)));
        add(4, "Acme", TermKind.BRAND, NEGATIVE, NOW.minus(Duration.ofMinutes(150)));
        add(2, "Acme", TermKind.BRAND, NEGATIVE, NOW.minus(Duration.ofMinutes(330)));
        add(3, "Acme", TermKind.BRAND, NEGATIVE, NOW.minus(Duration.ofMinutes(30)));
        // not counted: positive, posted after now, older than the history
        add(5, "Acme", TermKind.BRAND, POSITIVE, NOW.minus(Duration.ofMinutes(10)));
        add(1, "Acme", TermKind.BRAND, NEGATIVE, NOW.plus(Duration.ofMinutes(5)));
        add(1, "Acme", TermKind.BRAND, NEGATIVE, NOW.minus(Duration.ofHours(170)));
        // Flex: one busy hour (20 at 10:15) → μ = 0.119048, σ = 1.538434, threshold μ+2σ = 3.195916; 3 now: no surge
        add(20, "Flex", TermKind.PRODUCT, NEGATIVE, NOW.minus(Duration.ofMinutes(105)));
        add(3, "Flex", TermKind.PRODUCT, NEGATIVE, NOW.minus(Duration.ofMinutes(20)));
        // Linh Nguyen: no history, 3 now → surge (threshold N = 3)
        add(3, "Linh Nguyen", TermKind.STAFF, NEGATIVE, NOW.minus(Duration.ofMinutes(5)));
        // Acme Group: no history, 2 now → below N: no surge
        add(2, "Acme Group", TermKind.COMPANY, NEGATIVE, NOW.minus(Duration.ofMinutes(5)));
        store();
    }

    @Test
    void countsNegativeMentionsPerTermAndWindowByPostingTime() {
        scenario();
        Map<String, SurgeRepository.TermCounts> counts = surges.counts(NOW, RULE, null);
        assertEquals(Set.of("Acme", "Flex", "Linh Nguyen", "Acme Group"), counts.keySet());
        int[] acme = new int[169];
        acme[0] = 3;
        acme[1] = 2;
        acme[2] = 4;
        acme[5] = 2;
        assertArrayEquals(acme, counts.get("Acme").buckets());
        assertEquals("brand", counts.get("Acme").kind());
        assertEquals(20, counts.get("Flex").buckets()[1]);
        assertEquals(23, java.util.Arrays.stream(counts.get("Flex").buckets()).sum());
        assertEquals(Set.of("Flex"), surges.counts(NOW, RULE, List.of("Flex", "Nobody")).keySet());
    }

    @Test
    void aMentionNamingATermTwiceCountsOnce() {
        Post p = new Post("twice", "search", "Acme, oh Acme", "@a", 1, 0, "https://x.example/t", NOW.minusSeconds(60), null);
        pending.add(new Mention(p, Language.ENGLISH, List.of(new TermMatch("Acme", TermKind.BRAND, 0, 4),
                new TermMatch("Acme", TermKind.BRAND, 9, 13)), NEGATIVE, 50, Optional.empty(), TextFingerprint.NONE));
        store();
        assertEquals(1, surges.counts(NOW, RULE, null).get("Acme").current());
    }

    @Test
    void surgesStartOnceLastWhileTheRateStaysUpAndEndWhenItFallsBack() {
        scenario();
        SurgeDetector detector = new SurgeDetector(surges, RULE, clock);
        List<String> heard = new ArrayList<>();
        detector.listen(new SurgeDetector.Listener() {
            @Override
            public void started(Surge s) {
                heard.add("started " + s.term());
            }

            @Override
            public void ended(Surge s) {
                heard.add("ended " + s.term());
            }
        });
        List<Surge> started = detector.evaluateAll();
        assertEquals(List.of("Acme", "Linh Nguyen"), started.stream().map(Surge::term).sorted().toList());
        Surge acme = started.stream().filter(s -> s.term().equals("Acme")).findFirst().orElseThrow();
        assertEquals(3, acme.count());
        assertEquals(8 / 168.0, acme.usual(), 1e-9);
        assertEquals(0.374953, acme.stdDev(), 1e-6);
        assertEquals(3.0, acme.threshold(), 1e-9);
        assertEquals(NOW.minus(Duration.ofHours(1)), acme.since());
        assertEquals(NOW, acme.until());
        Surge linh = started.stream().filter(s -> s.term().equals("Linh Nguyen")).findFirst().orElseThrow();
        assertEquals("staff", linh.kind());
        assertEquals(0.0, linh.usual());
        assertEquals(3.0, linh.threshold());

        // the same surge again: nothing new, however often it is evaluated
        assertEquals(List.of(), detector.evaluateAll());
        assertEquals(List.of(), detector.evaluate(List.of("Acme")));
        assertEquals(2, surges.active().size());
        assertTrue(surges.start("Acme", "brand", RULE.judge(9, new int[0]), NOW, NOW, NOW).isEmpty(), "one active surge per term");

        // Flex: a fourth complaint this hour passes μ + 2σ = 3.195916
        add(1, "Flex", TermKind.PRODUCT, NEGATIVE, NOW.minus(Duration.ofMinutes(1)));
        // Acme grows while it lasts
        add(2, "Acme", TermKind.BRAND, NEGATIVE, NOW.minus(Duration.ofMinutes(1)));
        store();
        List<Surge> flex = detector.evaluate(List.of("Flex", "Acme"));
        assertEquals(List.of("Flex"), flex.stream().map(Surge::term).toList());
        assertEquals(3.195916, flex.get(0).threshold(), 1e-6);
        assertEquals(4, flex.get(0).count());
        Surge grown = surges.find(acme.id()).orElseThrow();
        assertEquals(5, grown.peak());
        assertTrue(grown.active());

        // two hours on, the rate has fallen back: every surge ends, once
        clock.advance(Duration.ofHours(2));
        assertEquals(List.of(), detector.evaluateAll());
        assertEquals(List.of(), surges.active());
        Surge ended = surges.find(acme.id()).orElseThrow();
        assertNotNull(ended.endedAt());
        assertFalse(ended.active());
        assertEquals(5, ended.peak());
        assertEquals(List.of("started Acme", "started Linh Nguyen", "started Flex", "ended Acme", "ended Flex", "ended Linh Nguyen"),
                sortStarts(heard));
        detector.evaluateAll();
        assertEquals(6, heard.size(), "an ended surge ends once");
        assertEquals(3, surges.recent(10).size());
    }

    @Test
    void aNewSurgeAfterOneEndedIsANewAlert() {
        add(3, "Acme", TermKind.BRAND, NEGATIVE, NOW.minus(Duration.ofMinutes(10)));
        store();
        SurgeDetector detector = new SurgeDetector(surges, RULE, clock);
        assertEquals(1, detector.evaluateAll().size());
        clock.advance(Duration.ofHours(3));
        assertEquals(0, detector.evaluateAll().size());
        // three hours later the term has history (3 in one window): μ = 3/168, σ = 0.230783, threshold N = 3
        add(3, "Acme", TermKind.BRAND, NEGATIVE, clock.instant().minus(Duration.ofMinutes(10)));
        store();
        List<Surge> again = detector.evaluateAll();
        assertEquals(1, again.size());
        assertEquals(3 / 168.0, again.get(0).usual(), 1e-9);
        assertEquals(2, surges.recent(10).size());
    }

    private static List<String> sortStarts(List<String> heard) {
        List<String> starts = heard.stream().filter(h -> h.startsWith("started")).sorted().toList();
        List<String> ends = heard.stream().filter(h -> h.startsWith("ended")).sorted().toList();
        // the first two starts were heard in one evaluation, in no promised order
        List<String> out = new ArrayList<>();
        out.add("started Acme");
        out.add("started Linh Nguyen");
        out.add("started Flex");
        assertEquals(out.stream().sorted().toList(), starts);
        out.addAll(ends);
        return out;
    }
}
