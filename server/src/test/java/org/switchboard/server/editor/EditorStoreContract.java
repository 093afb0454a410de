package org.switchboard.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.FaqResources;
import org.switchboard.faq.Language;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.staff.TestClock;

/**
 * The editor's store and library on H2 and PostgreSQL with a real FAQ index on disk: versions,
 * publishing, revert, stale versions, diff, review dates, search, import and reconciliation.
 */
abstract class EditorStoreContract {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static FaqResources resources;

    @TempDir
    Path indexDir;
    Database db;
    FaqIndex index;
    TestClock clock;
    FaqLibrary library;

    abstract Database open();

    @BeforeAll
    static void loadResources() {
        if (resources == null) {
            resources = FaqResources.load();
        }
    }

    @BeforeEach
    void setUp() {
        db = open();
        index = FaqIndex.open(indexDir, FaqIndexConfig.defaults(), resources);
        index.replaceAll(seed());
        clock = new TestClock(NOW);
        library = new FaqLibrary(db.transactions(), index, clock);
        library.reconcile();
    }

    @AfterEach
    void tearDown() {
        index.close();
        db.close();
    }

    static List<FaqEntry> seed() {
        return List.of(
                new FaqEntry("reset-password", Language.ENGLISH, "How do I reset my password?", List.of("forgot my password"),
                        "Open the sign-in page and choose Forgot password.", List.of("account"), List.of("delivery-time"),
                        Map.of(Language.VIETNAMESE, new FaqEntry.Translation("Làm sao để đổi mật khẩu?", List.of(),
                                "Mở trang đăng nhập và chọn Quên mật khẩu."))),
                new FaqEntry("delivery-time", Language.ENGLISH, "How long does delivery take?", List.of("when will my parcel arrive"),
                        "Standard delivery takes 2 to 4 working days.", List.of("delivery"), List.of(), Map.of()),
                new FaqEntry("returns", Language.ENGLISH, "How do I return an item?", List.of("send something back"),
                        "You can return any item within 30 days for free.", List.of("orders"), List.of(), Map.of()));
    }

    static EntryContent gift(String answer) {
        return new EntryContent(new FaqEntry("gift-cards", Language.ENGLISH, "Do you sell gift cards?",
                List.of("can I buy a voucher"), answer, List.of("orders"), List.of(), Map.of()), "maria", null);
    }

    private String best(String question) {
        return index.ask(question).best().map(c -> c.faqId()).orElse("(none)");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> versionList(String id) {
        return (List<Map<String, Object>>) library.versions(id).get("versions");
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(Map<String, Object> list) {
        return ((List<Map<String, Object>>) list.get("entries")).stream().map(e -> (String) e.get("id")).toList();
    }

    @Test
    void anEmptyStoreIsFilledFromTheIndexAsImportedBySystemAndServed() {
        assertEquals(3, library.served().size());
        List<Map<String, Object>> v = versionList("reset-password");
        assertEquals(1, v.size());
        assertEquals("imported", v.get(0).get("action"));
        assertEquals("system", v.get(0).get("author"));
        assertEquals(1, v.get(0).get("live_version"));
        assertEquals("published", library.get("reset-password").get("status"));
        assertEquals(new FaqLibrary.Reconciled(0, 0, false), library.reconcile(), "a second start finds nothing to do");
    }

    @Test
    void createEditPublishWithdrawKeepEveryVersionNewestFirst() {
        assertEquals(Map.of("id", "gift-cards", "head_version", 1, "status", "draft"), library.create(gift("Yes, from 10 to 500 euros."), "maria"));
        assertThrows(IllegalStateException.class, () -> library.create(gift("again"), "maria"), "the id exists");
        assertFalse(index.entry("gift-cards").isPresent(), "a draft is not served");
        assertEquals(2, library.edit("gift-cards", gift("Yes: gift cards from 10 to 500 euros."), 1, "ana").get("head_version"));
        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> library.edit("gift-cards", gift("lost update"), 1, "maria"));
        assertEquals(2, stale.headVersion());

        Map<String, Object> published = library.publish("gift-cards", 2, "ana");
        assertEquals(3, published.get("head_version"));
        assertEquals(3, published.get("live_version"));
        assertEquals("published", published.get("status"));
        assertTrue((Long) published.get("index_ms") >= 0);
        assertEquals("Yes: gift cards from 10 to 500 euros.", index.entry("gift-cards").orElseThrow().answer());
        assertEquals("gift-cards", best("Do you sell gift cards?"));

        library.edit("gift-cards", gift("a draft answer"), 3, "maria");
        assertEquals("draft", library.get("gift-cards").get("status"));
        assertEquals("Yes: gift cards from 10 to 500 euros.", index.entry("gift-cards").orElseThrow().answer(),
                "an edit does not change what the bot serves");

        Map<String, Object> withdrawn = library.withdraw("gift-cards", 4, "ana");
        assertNull(withdrawn.get("live_version"));
        assertEquals("draft", withdrawn.get("status"));
        assertFalse(index.entry("gift-cards").isPresent());
        assertEquals(List.of(5, 4, 3, 2, 1), versionList("gift-cards").stream().map(v -> v.get("version")).toList());
        assertEquals(List.of("withdrawn", "edited", "published", "edited", "created"),
                versionList("gift-cards").stream().map(v -> v.get("action")).toList());
        assertEquals("a draft answer", ((Map<?, ?>) library.version("gift-cards", 4).get("content")).get("answer"));
        assertThrows(java.util.NoSuchElementException.class, () -> library.version("gift-cards", 9));
        assertThrows(java.util.NoSuchElementException.class, () -> library.publish("no-such", 1, "ana"));
    }

    @Test
    void revertRestoresTheContentAndWhatTheBotServedThen() {
        library.create(gift("Gift cards cost 10 to 500 euros."), "maria");
        library.publish("gift-cards", 1, "maria");                               // v2 live 2
        library.edit("gift-cards", gift("Gift cards are no longer sold."), 2, "ana"); // v3
        library.publish("gift-cards", 3, "ana");                                 // v4 live 4
        assertEquals("Gift cards are no longer sold.", index.entry("gift-cards").orElseThrow().answer());

        Map<String, Object> back = library.revert("gift-cards", 2, 4, "maria");
        assertEquals(5, back.get("head_version"));
        assertEquals(5, back.get("live_version"), "version 2 was served as it was: the revert is served");
        assertEquals("published", back.get("status"));
        assertEquals("Gift cards cost 10 to 500 euros.", index.entry("gift-cards").orElseThrow().answer());

        // after version 3 (an unpublished edit) the bot served version 2: the edit comes back as a draft, version 2 is served
        Map<String, Object> toDraft = library.revert("gift-cards", 3, 5, "maria");
        assertEquals(6, toDraft.get("head_version"));
        assertEquals(2, toDraft.get("live_version"));
        assertEquals("draft", toDraft.get("status"));
        assertEquals("Gift cards are no longer sold.", ((Map<?, ?>) library.get("gift-cards").get("content")).get("answer"));
        assertEquals("Gift cards cost 10 to 500 euros.", index.entry("gift-cards").orElseThrow().answer());
    }

    @Test
    void revertingANewEntryToBeforeItWasServedWithdrawsIt() {
        List<String> told = new java.util.ArrayList<>();
        library.afterPublish((ids, author) -> {
            told.add(author + ":" + ids);
            return Map.of("total", told.size());
        });
        library.create(gift("Gift cards cost 10 to 500 euros."), "maria");
        assertEquals(List.of(), told, "a draft changes nothing the bot serves");
        assertEquals(Map.of("total", 1), library.publish("gift-cards", 1, "maria").get("regression"));
        assertTrue(index.entry("gift-cards").isPresent());
        Map<String, Object> r = library.revert("gift-cards", 1, 2, "maria");
        assertNull(r.get("live_version"));
        assertEquals("draft", r.get("status"));
        assertFalse(index.entry("gift-cards").isPresent());
        assertEquals("reverted", versionList("gift-cards").get(0).get("action"));
        assertEquals(List.of("maria:[gift-cards]", "maria:[gift-cards]"), told, "the hook hears of the publish and the revert");
        assertEquals(Map.of("total", 2), r.get("regression"));
        assertThrows(StaleVersionException.class, () -> library.revert("gift-cards", 1, 2, "maria"));
    }

    @Test
    void aCorpusTheIndexRefusesCommitsNothing() {
        EntryContent bad = new EntryContent(new FaqEntry("gift-cards", Language.ENGLISH, "Do you sell gift cards?", List.of(),
                "Yes.", List.of(), List.of("no-such-entry"), Map.of()), null, null);
        library.create(bad, "maria");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> library.publish("gift-cards", 1, "maria"));
        assertTrue(e.getMessage().contains("no-such-entry"), e.getMessage());
        assertEquals(1, versionList("gift-cards").size());
        assertFalse(index.entry("gift-cards").isPresent());
        assertEquals(3, index.entries().size());
    }

    @Test
    void diffListsOnlyChangedFieldsLineByLine() {
        library.create(gift("Gift cards cost 10 to 500 euros.\nThey are valid for 2 years."), "maria");
        EntryContent edited = new EntryContent(new FaqEntry("gift-cards", Language.ENGLISH, "Do you sell gift cards?",
                List.of("can I buy a voucher", "gift voucher"), "Gift cards cost 10 to 500 euros.\nThey are valid for 3 years.",
                List.of("orders"), List.of(), Map.of(Language.GREEK, new FaqEntry.Translation("Πουλάτε δωροκάρτες;", List.of(),
                "Ναι."))), "maria", LocalDate.parse("2027-01-31"));
        library.edit("gift-cards", edited, 1, "ana");
        Map<String, Object> d = library.diff("gift-cards", 1, 2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) d.get("fields");
        assertEquals(List.of("alternates", "answer", "review_by", "translations.el.question", "translations.el.answer"),
                fields.stream().map(f -> f.get("field")).toList());
        assertEquals(List.of(Map.of("op", "=", "text", "Gift cards cost 10 to 500 euros."),
                Map.of("op", "-", "text", "They are valid for 2 years."), Map.of("op", "+", "text", "They are valid for 3 years.")),
                fields.get(1).get("lines"));
        assertEquals(List.of(Map.of("op", "=", "text", "can I buy a voucher"), Map.of("op", "+", "text", "gift voucher")),
                fields.get(0).get("lines"));
    }

    @Test
    void listFiltersByStatusCategoryLanguageOverdueAndSearchesFoldedText() {
        library.create(new EntryContent(gift("Yes.").entry(), "maria", LocalDate.parse("2026-11-22")), "maria");
        library.create(new EntryContent(new FaqEntry("opening-hours", Language.ENGLISH, "When are you open?", List.of(),
                "Monday to Friday; the password reset page works at any time.", List.of("support"), List.of(), Map.of()), "ana",
                LocalDate.parse("2026-11-23")), "ana");
        assertEquals(List.of("gift-cards"), ids(library.list(new FaqLibrary.Filter(null, null, null, null, true))),
                "review_by before today (UTC) is overdue; today is not");
        assertEquals(List.of("gift-cards", "opening-hours"), ids(library.list(new FaqLibrary.Filter(null, null, null, "draft", false))));
        assertEquals(List.of("delivery-time", "reset-password", "returns"),
                ids(library.list(new FaqLibrary.Filter(null, null, null, "published", false))));
        assertEquals(List.of("gift-cards", "returns"), ids(library.list(new FaqLibrary.Filter(null, null, "orders", null, false))));
        assertEquals(List.of("reset-password"), ids(library.list(new FaqLibrary.Filter(null, "vi", null, null, false))));
        assertEquals(List.of("reset-password"), ids(library.list(new FaqLibrary.Filter("MAT khau", null, null, null, false))),
                "accents and case folded, translations searched");
        assertEquals(List.of("reset-password", "opening-hours"), ids(library.list(new FaqLibrary.Filter("password", null, null, null,
                false))), "more hits first");
        assertEquals(List.of(), ids(library.list(new FaqLibrary.Filter("password parcel", null, null, null, false))),
                "every word must occur");
        assertThrows(IllegalArgumentException.class, () -> new FaqLibrary.Filter(null, null, null, "live", false));
        clock.set(Instant.parse("2026-11-24T00:00:00Z"));
        assertEquals(List.of("gift-cards", "opening-hours"), ids(library.list(new FaqLibrary.Filter(null, null, null, null, true))));
    }

    static final String MERGE_FILE = """
            language: en
            entries:
              - id: returns
                question: How do I return an item?
                alternates: [send something back]
                answer: You can return any item within 60 days for free.
                tags: [orders]
              - id: delivery-time
                question: How long does delivery take?
                alternates: [when will my parcel arrive]
                answer: Standard delivery takes 2 to 4 working days.
                tags: [delivery]
              - id: gift-cards
                question: Do you sell gift cards?
                answer: Yes, from 10 to 500 euros.
                tags: [orders]
            """;

    @Test
    void importPreviewChangesNothingAndApplyMergesAndPublishes() {
        byte[] file = MERGE_FILE.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> preview = library.importPreview("faq.yaml", file, FaqLibrary.ImportMode.MERGE);
        assertEquals(List.of("gift-cards"), preview.get("added"));
        assertEquals(List.of(Map.of("id", "returns", "fields", List.of("answer"))), preview.get("changed"));
        assertEquals(List.of(), preview.get("removed"));
        assertEquals(1, preview.get("unchanged"));
        assertEquals(3, preview.get("entries"));
        assertEquals(1, versionList("returns").size(), "a preview writes nothing");
        assertFalse(index.entry("gift-cards").isPresent());

        Map<String, Object> applied = library.importApply("faq.yaml", file, FaqLibrary.ImportMode.MERGE, "maria");
        assertEquals(preview.get("added"), applied.get("added"));
        assertEquals(preview.get("changed"), applied.get("changed"));
        assertTrue(applied.containsKey("index_ms"));
        assertEquals("You can return any item within 60 days for free.", index.entry("returns").orElseThrow().answer());
        assertTrue(index.entry("gift-cards").isPresent());
        assertTrue(index.entry("reset-password").isPresent(), "merge keeps entries the file lacks");
        assertEquals("imported", versionList("returns").get(0).get("action"));
        assertEquals("maria", versionList("returns").get(0).get("author"));
        assertEquals(1, versionList("delivery-time").size(), "unchanged entries get no version");
    }

    @Test
    void importReplaceWithdrawsWhatTheFileLacks() {
        String file = MERGE_FILE;
        Map<String, Object> preview = library.importPreview("faq.yaml", file.getBytes(StandardCharsets.UTF_8),
                FaqLibrary.ImportMode.REPLACE);
        assertEquals(List.of("reset-password"), preview.get("removed"));
        library.importApply("faq.yaml", file.getBytes(StandardCharsets.UTF_8), FaqLibrary.ImportMode.REPLACE, "maria");
        assertFalse(index.entry("reset-password").isPresent());
        assertEquals("withdrawn", versionList("reset-password").get(0).get("action"));
        assertEquals("draft", library.get("reset-password").get("status"));
    }

    @Test
    void aFailingImportLeavesNothing() {
        byte[] broken = "id,question,answer\nreturns,How do I return an item?,\n".getBytes(StandardCharsets.UTF_8);
        IllegalArgumentException parse = assertThrows(IllegalArgumentException.class,
                () -> library.importPreview("faq.csv", broken, FaqLibrary.ImportMode.MERGE));
        assertTrue(parse.getMessage().startsWith("faq.csv: line 2"), parse.getMessage());
        assertThrows(IllegalArgumentException.class, () -> library.importApply("faq.csv", broken, FaqLibrary.ImportMode.MERGE, "maria"));
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> library.importPreview("faq.docx", broken, FaqLibrary.ImportMode.MERGE));
        assertTrue(format.getMessage().contains("faq.docx"), format.getMessage());

        // parses, but reset-password's new follow-up names no served entry: refused, nothing applied
        byte[] dangling = (MERGE_FILE + """
                  - id: reset-password
                    question: How do I reset my password?
                    answer: Use the reset page.
                    follow_ups: [shipping-costs]
                """).getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> library.importPreview("faq.yaml", dangling, FaqLibrary.ImportMode.MERGE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> library.importApply("faq.yaml", dangling, FaqLibrary.ImportMode.MERGE, "maria"));
        assertTrue(e.getMessage().contains("shipping-costs"), e.getMessage());
        assertEquals(1, versionList("returns").size());
        assertThrows(java.util.NoSuchElementException.class, () -> library.get("gift-cards"));
        assertEquals(3, index.entries().size());
        assertEquals("You can return any item within 30 days for free.", index.entry("returns").orElseThrow().answer());
    }

    @Test
    void reconcileImportsWhatTheCommandLineChangedAndGivesBackWhatTheIndexLacks() {
        library.create(gift("Yes, from 10 to 500 euros."), "maria");
        library.publish("gift-cards", 1, "maria");
        index.awaitDurable();
        // `faq import` while stopped: returns changed, a new entry, gift-cards missing
        List<FaqEntry> cli = List.of(seed().get(0), seed().get(1),
                new FaqEntry("returns", Language.ENGLISH, "How do I return an item?", List.of("send something back"),
                        "Returns are free for 60 days.", List.of("orders"), List.of(), Map.of()),
                FaqEntry.of("store-locations", Language.ENGLISH, "Where are your stores?", List.of(), "Athens and Patras."));
        index.replaceAll(cli);

        FaqLibrary.Reconciled r = new FaqLibrary(db.transactions(), index, clock).reconcile();
        assertEquals(new FaqLibrary.Reconciled(2, 1, false), r);
        assertEquals("command line", versionList("returns").get(0).get("author"));
        assertEquals("imported", versionList("returns").get(0).get("action"));
        assertEquals("published", library.get("returns").get("status"));
        assertEquals("command line", versionList("store-locations").get(0).get("author"));
        assertEquals(1, versionList("reset-password").size(), "the same content: no new version");
        assertTrue(index.entry("gift-cards").isPresent(), "a served entry the index lacked is given back from the store");
        assertEquals("Returns are free for 60 days.", index.entry("returns").orElseThrow().answer());
        assertEquals(5, index.entries().size());
    }

    @Test
    void anIndexMerelyBehindTheStoreIsUpdatedFromIt(@TempDir Path otherDir) {
        library.create(gift("Yes, from 10 to 500 euros."), "maria");
        library.publish("gift-cards", 1, "maria");
        // the index as it was before that publish (its background build lost in a crash)
        try (FaqIndex behind = FaqIndex.open(otherDir, FaqIndexConfig.defaults(), resources)) {
            behind.replaceAll(seed());
            FaqLibrary.Reconciled r = new FaqLibrary(db.transactions(), behind, clock).reconcile();
            assertEquals(new FaqLibrary.Reconciled(0, 1, false), r);
            assertTrue(behind.entry("gift-cards").isPresent());
            assertEquals(2, versionList("gift-cards").size(), "the store's entries are not re-imported");
        }
    }

    @Test
    void concurrentPublishesAllReachTheIndexAndConcurrentEditsOfOneBaseHaveOneWinner() throws Exception {
        int n = 4;
        for (int i = 0; i < n; i++) {
            library.create(new EntryContent(FaqEntry.of("topic-" + i, Language.ENGLISH, "Question number " + i + "?", List.of(),
                    "Answer " + i + "."), null, null), "maria");
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Object>> done = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "topic-" + i;
                done.add(pool.submit(() -> {
                    go.await();
                    return library.publish(id, 1, "maria");
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Object> f : done) {
                f.get();
            }
            for (int i = 0; i < n; i++) {
                assertTrue(index.entry("topic-" + i).isPresent(), "topic-" + i + " served: every publish saw the others");
            }

            java.util.concurrent.CountDownLatch edit = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> edits = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String answer = "Edited answer " + i + ".";
                edits.add(pool.submit(() -> {
                    edit.await();
                    try {
                        library.edit("topic-0", new EntryContent(FaqEntry.of("topic-0", Language.ENGLISH, "Question number 0?",
                                List.of(), answer), null, null), 2, "ana");
                        return "won";
                    } catch (StaleVersionException e) {
                        return "stale";
                    }
                }));
            }
            edit.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> f : edits) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
            assertEquals(3, versionList("topic-0").size(), "one edit stored");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEmptyIndexBesideAFilledStoreIsFilledFromTheStore(@TempDir Path otherDir) {
        library.create(gift("Yes, from 10 to 500 euros."), "maria");
        library.publish("gift-cards", 1, "maria");
        assertTrue(!FaqEditor.storeIsEmpty(db), "serve loads no demo corpus then");
        try (FaqIndex fresh = FaqIndex.open(otherDir, FaqIndexConfig.defaults(), resources)) {
            assertEquals(new FaqLibrary.Reconciled(0, 4, false), new FaqLibrary(db.transactions(), fresh, clock).reconcile());
            assertEquals(4, fresh.entries().size());
            assertEquals(1, versionList("returns").size(), "nothing imported");
        }
    }

    @Test
    void draftsFromUnansweredQuestionsAndAddedPhrasings() {
        assertEquals("voucher-balance", library.newDraft("voucher-balance", "en", "How much is left on my voucher?",
                List.of("voucher balance", "How much is left on my voucher?", "voucher balance"), "maria"));
        Map<?, ?> content = (Map<?, ?>) library.get("voucher-balance").get("content");
        assertEquals(FaqLibrary.PLACEHOLDER_ANSWER, content.get("answer"));
        assertEquals(List.of("voucher balance"), content.get("alternates"));
        library.addAlternates("returns", List.of("send something back", "can I give it back"), "maria");
        assertEquals("phrasings_added", versionList("returns").get(0).get("action"));
        Map<?, ?> returns = (Map<?, ?>) library.get("returns").get("content");
        assertEquals(List.of("send something back", "can I give it back"), returns.get("alternates"));
        assertEquals("draft", library.get("returns").get("status"), "phrasings wait for a publish");
        assertThrows(java.util.NoSuchElementException.class, () -> library.addAlternates("no-such", List.of("x"), "maria"));
    }
}
