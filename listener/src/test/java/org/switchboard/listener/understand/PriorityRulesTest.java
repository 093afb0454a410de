package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.listener.Post;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;

class PriorityRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final PriorityRules RULES = PriorityRules.defaults();
    private static final Labels COMPLAINT = new Labels(Sentiment.NEGATIVE, 0.9, true, 0.95, false, 0.8, false, 0.9);
    private static final Labels PRAISE = new Labels(Sentiment.POSITIVE, 0.9, false, 0.95, false, 0.9, false, 0.99);
    private static final List<TermMatch> BRAND = List.of(new TermMatch("Acme", TermKind.BRAND, 0, 4));

    @TempDir
    Path dir;

    private static Post post(long followers, long engagement, Instant at) {
        return new Post("1", "twitter", "text", "someone", followers, engagement, "", at, null);
    }

    private static int score(Labels l, List<TermMatch> m, Post p) {
        return RULES.score(l, m, p, NOW);
    }

    @Test
    void aComplaintComesBeforePraise() {
        Post p = post(100, 2, NOW);
        assertTrue(score(COMPLAINT, BRAND, p) > score(PRAISE, BRAND, p) + 30,
                score(COMPLAINT, BRAND, p) + " vs " + score(PRAISE, BRAND, p));
    }

    @Test
    void namingStaffRaisesIt() {
        List<TermMatch> staff = List.of(new TermMatch("Acme", TermKind.BRAND, 0, 4),
                new TermMatch("Maria", TermKind.STAFF, 10, 15));
        Post p = post(100, 2, NOW);
        assertEquals(score(COMPLAINT, BRAND, p) + 10, score(COMPLAINT, staff, p));
    }

    @Test
    void reachAndEngagementRaiseIt() {
        assertTrue(score(COMPLAINT, BRAND, post(50_000, 0, NOW)) > score(COMPLAINT, BRAND, post(50, 0, NOW)));
        assertTrue(score(COMPLAINT, BRAND, post(50, 300, NOW)) > score(COMPLAINT, BRAND, post(50, 0, NOW)));
    }

    @Test
    void anUnansweredComplaintRisesWithAgeButPraiseDoesNot() {
        Post fresh = post(10, 0, NOW);
        Post waited = post(10, 0, NOW.minus(Duration.ofHours(8)));
        assertTrue(score(COMPLAINT, BRAND, waited) > score(COMPLAINT, BRAND, fresh) + 10);
        assertTrue(score(PRAISE, BRAND, waited) <= score(PRAISE, BRAND, fresh) + 1);
        assertEquals(score(COMPLAINT, BRAND, post(10, 0, NOW.minus(Duration.ofHours(10)))),
                score(COMPLAINT, BRAND, post(10, 0, NOW.minus(Duration.ofDays(5)))), "age counts fully at 10 hours");
        assertEquals(score(COMPLAINT, BRAND, fresh), score(COMPLAINT, BRAND, post(10, 0, NOW.plusSeconds(60))),
                "a post from the future has waited 0");
    }

    @Test
    void staysWithin0And100() {
        Labels worst = new Labels(Sentiment.NEGATIVE, 1, true, 1, true, 1, true, 1);
        Labels calmest = new Labels(Sentiment.POSITIVE, 1, false, 1, false, 1, false, 1);
        List<TermMatch> staff = List.of(new TermMatch("Maria", TermKind.STAFF, 0, 5));
        assertEquals(100, score(worst, staff, post(Long.MAX_VALUE, Long.MAX_VALUE, Instant.EPOCH)));
        assertEquals(0, score(calmest, List.of(), post(0, 0, NOW)));
    }

    @Test
    void readsTheShippedFileAsTheDefaults() {
        assertEquals(PriorityRules.defaults(), PriorityRules.load(Path.of("../config/listener/priority.yaml")));
    }

    @Test
    void aFileMayChangeSomeKeysAndKeepsTheRest() throws IOException {
        PriorityRules r = load("weights:\n  staff_named: 50\nage_full_at_hours: 2.5\n");
        assertEquals(50, r.staffNamed());
        assertEquals(35, r.complaint());
        assertEquals(Duration.ofMinutes(150), r.ageFullAt());
        assertEquals(PriorityRules.defaults(), load(""));
    }

    @Test
    void mistakesNameTheFileAndTheKey() throws IOException {
        Path f = dir.resolve("priority.yaml");
        assertEquals(f + ": unknown key 'weights.reech'; known keys: complaint, negative, abusive, staff_named, reach, "
                + "engagement, age", error("weights:\n  reech: 3\n"));
        assertEquals(f + ": unknown key 'urgency'; known keys: weights, reach_full_at_followers, engagement_full_at, "
                + "age_full_at_hours", error("urgency: 3\n"));
        assertEquals(f + ": weights.complaint must be between 0 and 100, not 150.0", error("weights:\n  complaint: 150\n"));
        assertEquals(f + ": weights.negative must be a number, not 'high'", error("weights:\n  negative: high\n"));
        assertEquals(f + ": reach_full_at_followers must be between 10 and 1000000000, not 5",
                error("reach_full_at_followers: 5\n"));
        assertEquals(f + ": engagement_full_at must be a whole number, not '2.5'", error("engagement_full_at: 2.5\n"));
        assertEquals(f + ": age_full_at_hours must be between 0.0167 (a minute) and 720, not 1000.0",
                error("age_full_at_hours: 1000\n"));
        assertEquals(f + ": weights: at least one weight must be above 0", error(
                "weights: {complaint: 0, negative: 0, abusive: 0, staff_named: 0, reach: 0, engagement: 0, age: 0}\n"));
        assertEquals(f + ": weights: expected a mapping with the keys [complaint, negative, abusive, staff_named, "
                + "reach, engagement, age]", error("weights: 5\n"));
        assertTrue(error("weights: [\n").startsWith(f + ": cannot read: "));
        Path missing = dir.resolve("missing.yaml");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PriorityRules.load(missing)).getMessage()
                .startsWith(missing + ": cannot read: "));
    }

    private PriorityRules load(String yaml) throws IOException {
        Path f = dir.resolve("priority.yaml");
        Files.writeString(f, yaml);
        return PriorityRules.load(f);
    }

    private String error(String yaml) throws IOException {
        Path f = dir.resolve("priority.yaml");
        Files.writeString(f, yaml);
        return assertThrows(IllegalArgumentException.class, () -> PriorityRules.load(f)).getMessage();
    }
}
