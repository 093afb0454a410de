package org.switchboard.server.triage;

import org.switchboard.server.staff.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.switchboard.listener.watch.Watchlist;
import org.switchboard.server.callback.CallbackWebhook;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.listener.MentionRepository;
import org.switchboard.server.listener.StoredMention;
import org.switchboard.server.listener.StoredPoll;

/**
 * What each new mention sets off, on H2 with a receiver on loopback: a high-priority mention goes
 * to the webhook, a named staff member is noticed (page and webhook), and the mention that makes
 * a surge publishes it once to the page and the webhook.
 */
class TriageAlertsIT {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final String SECRET = "a secret of the triage webhook";
    static final Watchlist WATCHLIST = Watchlist.parse("terms: [{name: Acme, kind: brand}, {name: Maria Santos, kind: staff}]",
            "watchlist.yaml");

    @TempDir
    Path dir;
    Database db;
    MentionRepository mentions;
    ScheduledExecutorService executor;
    HookReceiver receiver;
    List<Object[]> published = Collections.synchronizedList(new ArrayList<>());
    TriageAlerts alerts;
    int ids;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(DatabaseConfig.embedded(), dir);
        TestClock clock = new TestClock(NOW);
        mentions = new MentionRepository(db.transactions(), clock);
        executor = Executors.newSingleThreadScheduledExecutor();
        receiver = new HookReceiver();
        AlertRules rules = AlertRules.parse("surge: {k: 2, at_least: 3}\nhigh_priority: 80\n"
                        + "staff_notices: {Maria Santos: maria@acme.example}\n", "alerts.yaml",
                Map.of(AlertRules.URL_ENV, receiver.url().toString(), AlertRules.SECRET_ENV, SECRET), WATCHLIST);
        TriageWebhook webhook = new TriageWebhook(rules.webhook().orElseThrow(), 2, Duration.ofMillis(50),
                HttpClient.newHttpClient(), executor, new DeliveryLog(db.transactions()), clock);
        alerts = new TriageAlerts(rules, new SurgeDetector(new SurgeRepository(db.transactions()), rules.surge(), clock),
                Optional.of(webhook), (type, payload) -> published.add(new Object[] {type, payload}), executor);
    }

    @AfterEach
    void tearDown() {
        alerts.close();
        receiver.close();
        db.close();
    }

    StoredMention store(String text, Sentiment sentiment, int priority, TermMatch... terms) {
        int id = ++ids;
        Post p = new Post("p" + id, "x", text, "@u", 10, 0, "https://x.example/" + id, NOW.minusSeconds(60), null);
        Labels labels = new Labels(sentiment, 0.9, false, 0.9, false, 0.9, false, 0.9);
        StoredPoll poll = mentions.store("x", "twitter_search", List.of(new Mention(p, Language.ENGLISH, List.of(terms), labels,
                priority, Optional.empty(), TextFingerprint.NONE)), SourceState.initial(), new NearDuplicates(10));
        return mentions.find(poll.created().get(0)).orElseThrow();
    }

    JsonNode verified(HookReceiver.Received r) throws Exception {
        assertEquals(CallbackWebhook.sign(SECRET.getBytes(StandardCharsets.UTF_8), r.body().getBytes(StandardCharsets.UTF_8)),
                r.signature());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void aHighPriorityMentionGoesToTheWebhookAndALowerOneDoesNot() throws Exception {
        alerts.alert(List.of(store("Acme ok", Sentiment.NEUTRAL, 79, new TermMatch("Acme", TermKind.BRAND, 0, 4))));
        StoredMention urgent = store("Acme took my money", Sentiment.NEUTRAL, 80, new TermMatch("Acme", TermKind.BRAND, 0, 4));
        alerts.alert(List.of(urgent));
        HookReceiver.Received r = receiver.next();
        JsonNode body = verified(r);
        assertEquals("high_priority_mention", body.get("event").asText());
        assertEquals(urgent.id(), body.at("/mention/mention_id").asLong());
        assertEquals(80, body.at("/mention/priority").asInt());
        assertEquals("Acme took my money", body.at("/mention/text").asText());
        Thread.sleep(200);
        assertNull(receiver.received.poll(), "only one delivery");
    }

    @Test
    void aNamedStaffMemberIsNoticedOnThePageAndByTheWebhook() throws Exception {
        StoredMention m = store("Maria Santos from Acme helped", Sentiment.POSITIVE, 20,
                new TermMatch("Maria Santos", TermKind.STAFF, 0, 12), new TermMatch("Acme", TermKind.BRAND, 18, 22));
        alerts.alert(List.of(m));
        JsonNode body = verified(receiver.next());
        assertEquals("staff_mentioned", body.get("event").asText());
        assertEquals("Maria Santos", body.at("/notice/staff").asText());
        assertEquals("email", body.at("/notice/contact/kind").asText());
        assertEquals("maria@acme.example", body.at("/notice/contact/address").asText());
        assertEquals(m.id(), body.at("/notice/mention_id").asLong());
        assertEquals(1, published.size());
        assertEquals("staff_mentioned", published.get(0)[0]);
        @SuppressWarnings("unchecked")
        Map<String, Object> notice = (Map<String, Object>) published.get(0)[1];
        assertEquals("Maria Santos", notice.get("staff"));
    }

    @Test
    void mentionsArrivingTogetherAreAlertedFromTheAlertsThread() throws Exception {
        for (int i = 0; i < 4; i++) {
            alerts.created(store("Acme is down " + i, Sentiment.NEGATIVE, 50, new TermMatch("Acme", TermKind.BRAND, 0, 4)));
        }
        JsonNode body = verified(receiver.next());
        assertEquals("surge", body.get("event").asText());
        assertEquals(1, published.size());
    }

    @Test
    void theMentionThatMakesASurgePublishesItOnce() throws Exception {
        for (int i = 0; i < 2; i++) {
            alerts.alert(List.of(store("Acme is down " + i, Sentiment.NEGATIVE, 50, new TermMatch("Acme", TermKind.BRAND, 0, 4))));
        }
        assertEquals(List.of(), published, "2 is below at_least 3");
        for (int i = 2; i < 5; i++) {
            alerts.alert(List.of(store("Acme is down " + i, Sentiment.NEGATIVE, 50, new TermMatch("Acme", TermKind.BRAND, 0, 4))));
        }
        assertEquals(1, published.size(), "one surge, however many mentions follow");
        assertEquals("surge", published.get(0)[0]);
        @SuppressWarnings("unchecked")
        Map<String, Object> surge = (Map<String, Object>) published.get(0)[1];
        assertEquals("Acme", surge.get("term"));
        assertEquals("brand", surge.get("kind"));
        assertEquals(3, surge.get("count"));
        assertEquals(0.0, surge.get("usual"));
        assertEquals(3.0, surge.get("threshold"));
        assertEquals(NOW.minus(Duration.ofHours(1)).toString(), surge.get("since"));
        assertEquals(NOW.toString(), surge.get("until"));
        JsonNode body = verified(receiver.next());
        assertEquals("surge", body.get("event").asText());
        assertEquals("Acme", body.at("/surge/term").asText());
        assertTrue(body.at("/surge/surge_id").asLong() > 0);
        Thread.sleep(200);
        assertNull(receiver.received.poll(), "the webhook heard of it once");
    }
}
