package org.switchboard.server.editor.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.server.jdbc.Database;

/**
 * Regression questions on H2 and PostgreSQL against a real FAQ index of the demo corpus: a new
 * question gets its baseline at once; removing the entry two questions reach makes both "broke";
 * putting it back makes both "fixed"; every result is stored.
 */
abstract class RegressionContract {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path indexDir;
    Database db;
    FaqIndex index;
    RegressionSuite suite;
    List<FaqEntry> demo;

    abstract Database open();

    @BeforeEach
    void setUp() throws Exception {
        db = open();
        demo = DemoIndex.demo();
        index = DemoIndex.open(indexDir);
        suite = new RegressionSuite(index, new RegressionQuestions(db.transactions()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        index.close();
        db.close();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> report, String key) {
        return (List<Map<String, Object>>) report.get(key);
    }

    private static List<Object> ids(List<Map<String, Object>> results) {
        return results.stream().map(r -> r.get("id")).toList();
    }

    @Test
    void aNewQuestionIsRunOnceForItsBaselineAndStored() {
        RegressionQuestion q = suite.add("How do I reset my password?", Language.ENGLISH, "reset-password", "elena");
        assertTrue(q.last().passed(), q.toString());
        assertEquals("ANSWER", q.last().decision());
        assertEquals("reset-password", q.last().gotId());
        assertEquals(NOW, q.last().at());
        RegressionQuestion stored = suite.questions().get(0);
        assertEquals(q, stored);
        assertEquals("en", stored.language());
        assertEquals("elena", stored.author());

        RegressionQuestion wrong = suite.add("How do I reset my password?", null, "gift-cards", "elena");
        assertFalse(wrong.last().passed());
        assertNull(wrong.language());
        assertEquals("reset-password", wrong.last().gotId(), "the entry it reached is recorded");
    }

    @Test
    void removingAnEntryBreaksItsQuestionsAndPuttingItBackFixesThem() {
        long a = suite.add("How do I reset my password?", Language.ENGLISH, "reset-password", "elena").id();
        long b = suite.add("I forgot my password", Language.ENGLISH, "reset-password", "elena").id();
        long c = suite.add("What are your opening hours?", Language.ENGLISH, "support-hours", "elena").id();

        Map<String, Object> same = suite.run();
        assertEquals(3, same.get("total"));
        assertEquals(3, same.get("passed"));
        assertEquals(0, same.get("failed"));
        assertEquals(List.of(), list(same, "broke"));
        assertEquals(List.of(), list(same, "fixed"));
        assertEquals(List.of(a, b, c), ids(list(same, "results")));
        assertEquals(true, list(same, "results").get(0).get("was_passing"));

        index.replaceAll(DemoIndex.without(demo, "reset-password"));
        Map<String, Object> broken = suite.run();
        assertEquals(1, broken.get("passed"));
        assertEquals(2, broken.get("failed"));
        assertEquals(List.of(a, b), ids(list(broken, "broke")));
        Map<String, Object> r = list(broken, "broke").get(0);
        assertEquals(false, r.get("passed"));
        assertEquals(true, r.get("was_passing"));
        assertEquals("reset-password", r.get("expected_id"));
        assertNotEquals("reset-password", r.get("got_id"));
        assertEquals(List.of(), list(broken, "fixed"));
        assertFalse(suite.questions().get(0).last().passed(), "the failure is stored");

        Map<String, Object> still = suite.run();
        assertEquals(List.of(), list(still, "broke"), "a question that failed before is not 'broke' again");

        index.replaceAll(demo);
        Map<String, Object> fixed = suite.run();
        assertEquals(List.of(a, b), ids(list(fixed, "fixed")));
        assertEquals(false, list(fixed, "fixed").get(0).get("was_passing"));
        assertEquals(List.of(), list(fixed, "broke"));
        assertEquals(3, fixed.get("passed"));
        assertTrue(suite.questions().stream().allMatch(q -> q.last().passed()));
    }

    @Test
    void afterPublishRunsTheSuiteAndDeleteRemovesAQuestion() {
        long a = suite.add("How do I reset my password?", Language.ENGLISH, "reset-password", "elena").id();
        Map<String, Object> report = suite.afterPublish(List.of("reset-password"), "elena");
        assertEquals(1, report.get("total"));
        assertTrue(suite.delete(a));
        assertFalse(suite.delete(a));
        assertEquals(List.of(), suite.questions());
        assertEquals(0, suite.run().get("total"));
    }

    @Test
    void jargonListsAreTheConfigDefaultUntilSavedThenTheSavedOne() {
        JargonStore store = new JargonStore(db.transactions(), DemoIndex.CONFIG, Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(store.defaults(Language.ARABIC), store.list(Language.ARABIC));
        List<org.switchboard.faq.plain.JargonTerm> one = List.of(new org.switchboard.faq.plain.JargonTerm("بموجب", "حسب"));
        store.save(Language.ARABIC, one, "elena");
        assertEquals(one, store.list(Language.ARABIC).terms());
        List<org.switchboard.faq.plain.JargonTerm> two = List.of(new org.switchboard.faq.plain.JargonTerm("في حال", "إذا"),
                new org.switchboard.faq.plain.JargonTerm("بموجب", "حسب"));
        store.save(Language.ARABIC, two, "ada");
        assertEquals(two, store.list(Language.ARABIC).terms(), "a second save replaces the first");
        assertEquals(store.defaults(Language.GREEK), store.list(Language.GREEK), "other languages keep their default");
    }
}
