package org.switchboard.server.editor.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;
import org.switchboard.faq.plain.JargonTerm;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/**
 * The editor's checks on a real index of the demo corpus and the shipped jargon lists: a new
 * alternate that is really another entry's question, a copied phrasing, and a long answer full of
 * jargon each get their warning; what fits gets none.
 */
class EditorChecksIT {
    @TempDir
    static Path dir;
    static FaqIndex index;
    static Database db;
    static JargonStore jargon;
    static EditorChecks checks;

    @BeforeAll
    static void start() throws Exception {
        index = DemoIndex.open(dir.resolve("index"));
        db = Database.open(DatabaseConfig.embedded(), dir.resolve("db"));
        jargon = new JargonStore(db.transactions(), DemoIndex.CONFIG, Clock.systemUTC());
        checks = new EditorChecks(index, jargon);
    }

    @AfterAll
    static void stop() {
        index.close();
        db.close();
    }

    private static FaqEntry served(String id) {
        return index.entry(id).orElseThrow();
    }

    private static FaqEntry withAlternates(FaqEntry e, String... more) {
        List<String> alternates = new ArrayList<>(e.alternates());
        alternates.addAll(List.of(more));
        return new FaqEntry(e.id(), e.language(), e.question(), alternates, e.answer(), e.tags(), e.followUps(), e.translations());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> report, String key) {
        return (List<Map<String, Object>>) report.get(key);
    }

    private static List<Map<String, Object>> conflicts(Map<String, Object> report, String kind) {
        return list(report, "conflicts").stream().filter(c -> c.get("kind").equals(kind)).toList();
    }

    @Test
    void aNewAlternateThatIsAnotherEntrysQuestionIsCloserElsewhere() {
        Map<String, Object> report = checks.check(withAlternates(served("reset-password"),
                "What time do you open on Saturday?", "I can't remember my password"));
        List<Map<String, Object>> closer = conflicts(report, "phrasing_closer_elsewhere");
        assertEquals(1, closer.size(), closer.toString());
        Map<String, Object> c = closer.get(0);
        assertEquals("What time do you open on Saturday?", c.get("phrasing"));
        assertEquals("support-hours", c.get("other_id"));
        assertEquals("When is customer support open?", c.get("other_question"));
        assertTrue((double) c.get("other_confidence") > (double) c.get("own_confidence"), c.toString());
        assertTrue(((String) c.get("message")).startsWith("\"What time do you open on Saturday?\" is closer to 'support-hours'"),
                (String) c.get("message"));
    }

    @Test
    void theServedEntryUnchangedHasNoPhrasingToRank() {
        assertEquals(List.of(), conflicts(checks.check(served("reset-password")), "phrasing_closer_elsewhere"));
    }

    @Test
    void aCopiedOrNearlyCopiedPhrasingIsTheSameQuestion() {
        Map<String, Object> report = checks.check(withAlternates(served("change-email"),
                "How do I reset my password?", "how do I reset my password please", "reset password"));
        List<Map<String, Object>> same = conflicts(report, "same_questions");
        assertEquals(List.of("How do I reset my password?", "how do I reset my password please"),
                same.stream().map(c -> c.get("phrasing")).toList(), same.toString());
        assertTrue(same.stream().allMatch(c -> c.get("other_id").equals("reset-password")));
        assertEquals("How do I reset my password?", same.get(0).get("other_question"));
    }

    @Test
    void theWordSetRuleIsJaccardOfAtLeastFourFifths() {
        // {how, do, i, reset, my, password} and the same with "please": 6/7 ≥ 0.8; without "how do": 4/6 < 0.8
        assertTrue(EditorChecks.same(List.of("how", "do", "i", "reset", "my", "password"),
                List.of("how", "do", "i", "reset", "my", "password", "please")));
        assertFalse(EditorChecks.same(List.of("how", "do", "i", "reset", "my", "password"), List.of("i", "reset", "my", "password")));
        assertTrue(EditorChecks.same(List.of("a", "b"), List.of("a", "b")));
    }

    @Test
    void aLongJargonFilledAnswerGetsEveryWarningInEachLanguage() {
        FaqEntry e = served("reset-password");
        String answer = "In order to authenticate, you must utilise the organisational credentials that were provided to you"
                + " prior to the commencement of your contractual relationship with our customer service organisation.";
        Map<Language, FaqEntry.Translation> translations = new LinkedHashMap<>(e.translations());
        FaqEntry.Translation vi = translations.get(Language.VIETNAMESE);
        translations.put(Language.VIETNAMESE, new FaqEntry.Translation(vi.question(), vi.alternates(),
                "Vui lòng xác thực bằng OTP."));
        Map<String, Object> report = checks.check(new FaqEntry(e.id(), e.language(), e.question(), e.alternates(), answer,
                e.tags(), e.followUps(), translations));
        List<Map<String, Object>> plain = list(report, "plain");
        List<Map<String, Object>> en = plain.stream().filter(w -> w.get("field").equals("answer")).toList();
        assertEquals(List.of("long_sentence", "readability", "jargon", "jargon", "jargon", "jargon", "jargon"),
                en.stream().map(w -> w.get("kind")).toList(), en.toString());
        assertEquals(answer, en.get(0).get("sentence"));
        assertEquals(List.of("authenticate", "credentials", "utilise", "in order to", "prior to"),
                en.stream().filter(w -> w.get("kind").equals("jargon")).map(w -> w.get("term")).toList());
        assertEquals("sign in", en.get(2).get("suggestion"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> readability = (Map<String, Map<String, Object>>) report.get("readability");
        assertEquals("Flesch reading ease", readability.get("en").get("name"));
        assertTrue((double) readability.get("en").get("score") < 30, readability.toString());
        assertNull(readability.get("vi").get("score"));
        assertEquals("no established readability formula for Vietnamese", readability.get("vi").get("note"));
        List<Object> viTerms = plain.stream().filter(w -> w.get("field").equals("translations.vi.answer"))
                .map(w -> w.get("term")).toList();
        assertEquals(List.of("xác thực", "OTP"), viTerms);
        assertTrue(plain.stream().filter(w -> w.get("field").equals("translations.el.answer")).findAny().isEmpty(),
                "the demo's Greek answer is plain");
    }

    @Test
    void aSavedJargonListReplacesTheDefault() {
        FaqEntry e = served("reset-password"); // tl answer: "Pumunta sa sign-in page at piliin ang …"
        try {
            assertEquals(List.of(), tagalogTerms(checks.check(e)));
            jargon.save(Language.TAGALOG, List.of(new JargonTerm("sign-in page", "pahina ng pag-sign in")), "elena");
            assertEquals(List.of("sign-in page"), tagalogTerms(checks.check(e)));
        } finally {
            jargon.save(Language.TAGALOG, jargon.defaults(Language.TAGALOG).terms(), "elena");
        }
    }

    private static List<Object> tagalogTerms(Map<String, Object> report) {
        return list(report, "plain").stream().filter(w -> w.get("field").equals("translations.tl.answer"))
                .filter(w -> w.get("kind").equals("jargon")).map(w -> w.get("term")).toList();
    }
}
