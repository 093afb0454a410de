package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.listener.MentionRepository;
import org.switchboard.server.listener.StoredMention;

/**
 * The desk's rules over real storage (H2): every change and every new mention is published to the
 * feed; input is checked; a case is opened once; the holding reply and the due time follow the
 * mention's language and (corrected) complaint label.
 */
class TriageActionsIT {
    private static final Path CONFIG = Path.of("..", "config", "triage.yaml");

    @TempDir
    Path dir;
    Database db;
    MentionRepository mentions;
    TriageDesk desk;
    final List<String[]> published = new ArrayList<>();
    final List<Long> opened = new ArrayList<>();
    long id;

    @BeforeEach
    void setUp() {
        db = Database.open(DatabaseConfig.embedded(), dir);
        mentions = new MentionRepository(db.transactions(), Clock.systemUTC());
        SupportCases cases = new SupportCases() {
            @Override
            public long open(StoredMention m) {
                opened.add(m.id());
                return db.conversations().create(m.mention().language().code(), java.time.ZoneId.of("UTC")).conversation().id();
            }

            @Override
            public Optional<String> status(long conversationId) {
                return Optional.of("QUEUED");
            }
        };
        desk = new TriageDesk(mentions, new TriageRepository(db.transactions(), Clock.systemUTC()), TriageConfig.load(CONFIG), cases,
                Set.of("sam", "lea")::contains);
        desk.publishTo((type, payload) -> published.add(new String[] {type, String.valueOf(payload.get("mention_id")),
                String.valueOf(payload.get("version"))}));
        Post p = new Post("1", "alerts", "Acme πάλι με χρέωσαν δύο φορές", "@eleni", 10, 0, "https://x.example/1",
                Instant.parse("2026-11-23T08:00:00Z"), null);
        Mention m = new Mention(p, Language.GREEK, List.of(new TermMatch("Acme", TermKind.BRAND, 0, 4)),
                new Labels(Sentiment.NEGATIVE, 0.9, true, 0.8, true, 0.7, false, 0.95), 70,
                Optional.of(new SuggestedReply("refund", "Επιστροφή χρημάτων σε 5 ημέρες.", 0.8)), TextFingerprint.of(p.text()));
        id = mentions.store("alerts", "feed", List.of(m), new SourceState(null, LocalDate.now(), 1, 1), new NearDuplicates(10))
                .created().get(0);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void everyChangeAndEveryNewMentionIsPublished() {
        desk.created(mentions.find(id).orElseThrow());
        desk.assign(id, 0, "sam", "lea");
        desk.note(id, "called billing", "sam");
        desk.correct(id, 2, "sentiment", "neutral", "sam");
        desk.escalate(id, 3, "billing_lead", "double charge", "sam");
        desk.reopen(id, 4, "lea");
        desk.respond(id, 5, "Συγγνώμη!", "https://x.example/r", "lea");
        desk.ignore(id, 6, "answered elsewhere", "lea");
        desk.openCase(id, 7, "lea");
        desk.folded(id);
        assertEquals(List.of("mention 0", "mention_changed 1", "mention_changed 2", "mention_changed 3", "mention_changed 4",
                        "mention_changed 5", "mention_changed 6", "mention_changed 7", "mention_changed 8", "mention_changed 8"),
                published.stream().map(p -> p[0] + " " + p[2]).toList());
        Map<String, Object> m = desk.one(id);
        assertEquals("ignored", m.get("status"));
        assertEquals(Map.of("conversation_id", ((Map<?, ?>) m.get("case")).get("conversation_id"), "status", "QUEUED"), m.get("case"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actions = (List<Map<String, Object>>) m.get("actions");
        assertEquals("Billing lead <billing-lead@example.com>", actions.get(3).get("contact"));
        assertEquals("double charge", actions.get(3).get("text"));
    }

    @Test
    void theReplyIsInTheMentionsLanguageAndTheClockFollowsTheCorrectedLabel() {
        Map<String, Object> m = desk.one(id);
        String reply = (String) m.get("holding_reply");
        assertTrue(reply.startsWith("Λυπούμαστε") && reply.endsWith("Αυτό μπορεί να βοηθήσει αμέσως: Επιστροφή χρημάτων σε 5 ημέρες."),
                reply);
        assertEquals("2026-11-23T09:00:00Z", m.get("due_at"));
        assertEquals(60L, m.get("target_minutes"));
        m = desk.correct(id, 0, "complaint", "not_complaint", "sam");
        assertEquals("2026-11-23T18:00:00Z", m.get("due_at"));
    }

    @Test
    void inputIsCheckedAndACaseIsOpenedOnce() {
        assertThrows(IllegalArgumentException.class, () -> desk.assign(id, 0, "mallory", "lea"));
        assertThrows(IllegalArgumentException.class, () -> desk.respond(id, 0, " ", null, "lea"));
        assertThrows(IllegalArgumentException.class, () -> desk.respond(id, 0, "ok", "javascript:alert(1)", "lea"));
        assertThrows(IllegalArgumentException.class, () -> desk.ignore(id, 0, null, "lea"));
        assertThrows(IllegalArgumentException.class, () -> desk.escalate(id, 0, "ceo", null, "lea"));
        assertThrows(IllegalArgumentException.class, () -> desk.correct(id, 0, "complaint", "maybe", "lea"));
        assertThrows(IllegalArgumentException.class, () -> desk.correct(id, 0, "question", "question", "lea"));
        assertThrows(IllegalArgumentException.class, () -> desk.list(MentionFilter.ALL, 501));
        assertThrows(java.util.NoSuchElementException.class, () -> desk.one(999));
        assertEquals(List.of(), published);
        assertThrows(StaleMentionException.class, () -> desk.openCase(id, 3, "lea"));
        desk.openCase(id, 0, "lea");
        assertThrows(IllegalStateException.class, () -> desk.openCase(id, 1, "lea"));
        assertEquals(List.of(id), opened);
        assertNull(desk.assign(id, 1, "", "lea").get("assignee"));
    }

    @Test
    void theFeedSendsEachEventToEveryPageAsOneFrame() throws Exception {
        LinkedBlockingQueue<String> a = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> b = new LinkedBlockingQueue<>();
        try (TriageFeed feed = new TriageFeed()) {
            TriageFeed.Page pa = a::add;
            feed.join(pa);
            feed.join(b::add);
            feed.publish("surge", Map.of("term", "Acme", "count", 42));
            JsonNode f = new ObjectMapper().readTree(a.poll(5, TimeUnit.SECONDS));
            assertEquals("surge", f.get("type").asText());
            assertEquals(42, f.get("data").get("count").asInt());
            assertEquals(f, new ObjectMapper().readTree(b.poll(5, TimeUnit.SECONDS)));
            feed.leave(pa);
            assertEquals(1, feed.pages());
        }
    }

    @Test
    void exportCellsNeverBecomeSpreadsheetFormulas() {
        assertEquals("'=HYPERLINK(\"x\")", TriageResource.safe("=HYPERLINK(\"x\")"));
        assertEquals("'@acme", TriageResource.safe("@acme"));
        assertEquals("Acme", TriageResource.safe("Acme"));
        assertEquals(5L, TriageResource.safe(5L));
    }
}
