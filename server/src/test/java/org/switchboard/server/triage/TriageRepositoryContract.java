package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** The triage desk's storage contract (V7), run on H2 and on PostgreSQL. */
abstract class TriageRepositoryContract {
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    Database db;
    MentionRepository mentions;
    TriageRepository triage;
    long complaint;
    long praise;
    long greek;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        mentions = new MentionRepository(db.transactions(), clock);
        triage = new TriageRepository(db.transactions(), clock);
        List<Long> ids = mentions.store("alerts", "feed", List.of(
                mention("1", "@ana", "Acme billing charged me twice 100% wrong", Language.ENGLISH, TermKind.BRAND, "Acme",
                        new Labels(Sentiment.NEGATIVE, 0.9, true, 0.8, false, 0.7, false, 0.95), 80),
                mention("2", "@bo", "Love the new RouterX from Acme, great_speed", Language.ENGLISH, TermKind.PRODUCT, "RouterX",
                        new Labels(Sentiment.POSITIVE, 0.9, false, 0.8, false, 0.7, false, 0.95), 20),
                mention("3", "@eleni", "Η Acme μου χρέωσε δύο φορές;", Language.GREEK, TermKind.BRAND, "Acme",
                        new Labels(Sentiment.NEGATIVE, 0.6, true, 0.6, true, 0.8, true, 0.7), 60)),
                new SourceState(null, LocalDate.of(2026, 11, 23), 3, 3), new NearDuplicates(100)).created();
        complaint = ids.get(0);
        praise = ids.get(1);
        greek = ids.get(2);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Mention mention(String id, String author, String text, Language language, TermKind kind, String term, Labels labels,
                           int priority) {
        int at = Math.max(0, text.indexOf(term));
        Post p = new Post(id, "alerts", text, author, 100, 1, "https://x.example/" + id, NOW.minusSeconds(600 - Long.parseLong(id)),
                null);
        return new Mention(p, language, List.of(new TermMatch(term, kind, at, at + term.length())), labels, priority,
                Optional.empty(), TextFingerprint.of(text + " " + id + " unique words here"));
    }

    private List<Long> find(Map<String, String> filter) {
        return triage.find(MentionFilter.of(filter), 100);
    }

    @Test
    void aNewMentionIsNewUnassignedAtVersionZero() {
        TriageState s = triage.state(complaint).orElseThrow();
        assertEquals("new", s.status());
        assertNull(s.assignee());
        assertEquals(0, s.version());
        assertNull(s.caseConversationId());
        assertEquals(List.of(), s.actions());
        assertTrue(triage.state(999_999).isEmpty());
    }

    @Test
    void filtersByEveryFieldAndSearchesTextAndAuthorByPriorityThenAge() {
        assertEquals(List.of(complaint, greek, praise), find(Map.of()));
        assertEquals(List.of(praise), find(Map.of("kind", "product")));
        assertEquals(List.of(complaint, greek), find(Map.of("term", "acme")));
        assertEquals(List.of(complaint, greek), find(Map.of("sentiment", "negative")));
        assertEquals(List.of(complaint, greek), find(Map.of("complaint", "true")));
        assertEquals(List.of(greek), find(Map.of("question", "true", "abusive", "true")));
        assertEquals(List.of(greek), find(Map.of("language", "el")));
        assertEquals(List.of(complaint, greek, praise), find(Map.of("source", "alerts")));
        assertEquals(List.of(), find(Map.of("source", "other")));
        assertEquals(List.of(complaint), find(Map.of("q", "CHARGED")));
        assertEquals(List.of(praise), find(Map.of("q", "@bo")));
        assertEquals(List.of(greek), find(Map.of("q", "χρέωσε")));
        // LIKE's wildcards are searched for literally
        assertEquals(List.of(complaint), find(Map.of("q", "100%")));
        assertEquals(List.of(praise), find(Map.of("q", "great_")));
        assertEquals(List.of(complaint, greek, praise), find(Map.of("assignee", "none")));
        assertThrows(IllegalArgumentException.class, () -> find(Map.of("status", "done")));
        assertThrows(IllegalArgumentException.class, () -> find(Map.of("complaint", "maybe")));
    }

    @Test
    void everyActionIsLoggedWithWhoWhatAndItsParticularsAndMovesTheVersion() {
        TriageState a = triage.assign(complaint, 0, "sam", "lea");
        assertEquals("sam", a.assignee());
        assertEquals(1, a.version());
        assertEquals(List.of(complaint), find(Map.of("assignee", "sam")));
        TriageState r = triage.setStatus(complaint, 1, "responded", "sam", "Sorry! DM us.", "https://x.example/r1", null, null);
        assertEquals("responded", r.status());
        assertEquals(List.of(complaint), find(Map.of("status", "responded")));
        assertEquals(List.of(greek, praise), find(Map.of("status", "new")));
        TriageState n = triage.note(complaint, "lea", "customer is a journalist");
        assertEquals(3, n.version());
        triage.setStatus(greek, 0, "escalated", "lea", null, null, null, "Billing lead <b@example.com>");
        triage.setStatus(praise, 0, "ignored", "lea", null, null, "praise, no answer needed", null);
        List<TriageState.Action> log = triage.state(complaint).orElseThrow().actions();
        assertEquals(List.of("assigned", "responded", "note"), log.stream().map(TriageState.Action::action).toList());
        assertEquals(new TriageState.Action("sam", "responded", "Sorry! DM us.", "https://x.example/r1", null, null, NOW), log.get(1));
        assertEquals("Billing lead <b@example.com>", triage.state(greek).orElseThrow().actions().get(0).contact());
        assertEquals("praise, no answer needed", triage.state(praise).orElseThrow().actions().get(0).reason());
        TriageState back = triage.setStatus(praise, 1, "new", "lea", null, null, null, null);
        assertEquals("new", back.status());
        assertEquals("reopened", back.actions().get(1).action());
        assertEquals(null, triage.assign(complaint, 3, null, "lea").assignee());
    }

    @Test
    void aChangeAgainstAnOldVersionChangesNothing() {
        triage.assign(complaint, 0, "sam", "lea");
        StaleMentionException e = assertThrows(StaleMentionException.class,
                () -> triage.setStatus(complaint, 0, "ignored", "kim", null, null, "spam", null));
        assertEquals(complaint, e.mentionId());
        TriageState s = triage.state(complaint).orElseThrow();
        assertEquals("new", s.status());
        assertEquals(1, s.actions().size());
        assertThrows(NoSuchElementException.class, () -> triage.assign(999_999, 0, "sam", "lea"));
    }

    @Test
    void twoTeammatesActingAtOnceNeverLoseAnUpdate() throws Exception {
        int people = 8;
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String who = "p" + i;
            results.add(pool.submit(() -> {
                go.await();
                try {
                    triage.assign(complaint, 0, who, who);
                    return true;
                } catch (StaleMentionException e) {
                    return false;
                }
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> f : results) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won);
        TriageState s = triage.state(complaint).orElseThrow();
        assertEquals(1, s.version());
        assertEquals(1, s.actions().size());
        assertEquals(s.actions().get(0).staff(), s.assignee());
    }

    @Test
    void correctionsAreKeptOnePerTaskAndExportedAsTrainingLabels() {
        triage.correct(complaint, 0, "complaint", "not_complaint", "lea");
        triage.correct(complaint, 1, "complaint", "complaint", "sam");
        triage.correct(greek, 0, "sentiment", "neutral", "lea");
        assertEquals(Map.of("complaint", "complaint"), triage.state(complaint).orElseThrow().corrections());
        assertEquals(List.of(new TriageRepository.Correction(complaint, "Acme billing charged me twice 100% wrong", "complaint")),
                triage.corrections("complaint"));
        assertEquals(List.of(new TriageRepository.Correction(greek, "Η Acme μου χρέωσε δύο φορές;", "neutral")),
                triage.corrections("sentiment"));
    }

    @Test
    void aCaseIsLinkedToItsConversation() {
        long conversation = db.conversations().create("en", ZoneId.of("UTC")).conversation().id();
        TriageState s = triage.linkCase(complaint, 0, conversation, "lea");
        assertEquals(conversation, s.caseConversationId());
        assertEquals("case_opened", s.actions().get(0).action());
    }
}
