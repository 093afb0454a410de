package org.switchboard.faq;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link FaqIndex#ask} decides on small hand-made corpora ({@link Corpora#shop()}). Where a
 * test is about the rule rather than the model, it pins the thresholds with
 * {@link FaqIndex#useThresholds} to values the model's probabilities could miss either way.
 */
class FaqIndexDecisionTest {
    private static final String UNRELATED = "what is the capital of peru";

    @TempDir
    static Path shopDir;
    private static FaqResources resources;
    private static FaqIndex shop;

    @BeforeAll
    static void buildShop() {
        resources = FaqResources.load();
        shop = FaqIndex.open(shopDir, FaqIndexConfig.defaults(), resources);
        shop.replaceAll(Corpora.shop());
    }

    @AfterAll
    static void close() {
        shop.close();
    }

    @BeforeEach
    void defaultThresholds() {
        shop.useThresholds(Thresholds.DEFAULT);
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::faqId).toList();
    }

    @Test
    void answersAQuestionCopiedFromAnEntrysPhrasingWithThatEntry() {
        List<Executable> checks = new ArrayList<>();
        for (FaqEntry entry : Corpora.shop()) {
            for (String phrasing : entry.phrasings()) {
                checks.add(() -> {
                    FaqAnswer a = shop.ask(phrasing);
                    assertEquals(Decision.ANSWER, a.decision(), () -> phrasing + ": " + a);
                    assertEquals(Optional.of(entry.id()), a.faqId(), () -> phrasing + ": " + a);
                });
            }
        }
        assertAll(checks);
    }

    @Test
    void handsOffAnUnrelatedQuestionWithConfidenceBelowTheAnswerThreshold() {
        FaqAnswer a = shop.ask(UNRELATED);
        assertEquals(Decision.HANDOFF, a.decision(), a::toString);
        assertTrue(a.confidence() < shop.thresholds().answer(), a::toString);
        assertEquals(Optional.empty(), a.faqId());
    }

    @Test
    void handsOffAnUnrelatedQuestionOnTheDemoCorpus(@TempDir Path dir) {
        try (FaqIndex demo = FaqIndex.open(dir, FaqIndexConfig.defaults(), resources)) {
            demo.replaceAll(Corpora.demo());
            FaqAnswer a = demo.ask(UNRELATED);
            assertEquals(Decision.HANDOFF, a.decision(), a::toString);
            assertTrue(a.confidence() < demo.thresholds().answer(), a::toString);
            assertEquals(Optional.empty(), a.faqId());
        }
    }

    @Test
    void offersBothEntriesThatFitAQuestionEqually() {
        // refund-phone and refund-laptop differ in one word; the question names neither
        shop.useThresholds(new Thresholds(0.7, 0.7, 0.2, 1.0));
        FaqAnswer a = shop.ask("can I get a refund");
        assertEquals(Decision.OPTIONS, a.decision(), a::toString);
        assertEquals(List.of("refund-laptop", "refund-phone"), ids(a.candidates()).stream().sorted().toList(), a::toString);
        assertEquals(Optional.empty(), a.faqId());
    }

    @Test
    void answersTheEntryTheQuestionNamesAmongSimilarOnes() {
        shop.useThresholds(new Thresholds(0.6, 0.7, 0.2, 1.0));
        FaqAnswer a = shop.ask("I would like a refund for the laptop");
        assertEquals(Decision.ANSWER, a.decision(), a::toString);
        assertEquals(Optional.of("refund-laptop"), a.faqId());
    }

    @Test
    void handoffNamesNoEntryButReportsItsCandidates() {
        shop.useThresholds(new Thresholds(0.99, 0.99, 0.5, 1.0));
        FaqAnswer a = shop.ask("can I get a refund");
        assertEquals(Decision.HANDOFF, a.decision(), a::toString);
        assertEquals(Optional.empty(), a.faqId());
        assertTrue(ids(a.candidates()).contains("refund-phone"), a::toString);
    }

    @Test
    void emptyIndexHandsOffWithNoCandidates(@TempDir Path dir) {
        try (FaqIndex empty = FaqIndex.open(dir, FaqIndexConfig.defaults(), resources)) {
            FaqAnswer a = empty.ask("how do I reset my password");
            assertEquals(Decision.HANDOFF, a.decision());
            assertEquals(Optional.empty(), a.faqId());
            assertEquals(0.0, a.confidence());
            assertTrue(a.candidates().isEmpty());
            assertTrue(empty.rank("how do I reset my password", Language.ENGLISH, 3).isEmpty());
        }
    }

    @Test
    void indexEmptiedByReplaceAllHandsOff(@TempDir Path dir) {
        try (FaqIndex index = FaqIndex.open(dir, FaqIndexConfig.defaults(), resources)) {
            index.replaceAll(Corpora.shop());
            index.replaceAll(List.of());
            FaqAnswer a = index.ask("how do I reset my password");
            assertEquals(Decision.HANDOFF, a.decision());
            assertEquals(Optional.empty(), a.faqId());
            assertTrue(a.candidates().isEmpty());
        }
    }

    @Test
    void confidencesAreProbabilitiesWithCandidatesBestFirst() {
        List<String> questions = new ArrayList<>(List.of(UNRELATED, "can I get a refund", "hello", "store"));
        Corpora.shop().forEach(e -> questions.add(e.question()));
        List<Executable> checks = new ArrayList<>();
        for (String q : questions) {
            checks.add(() -> {
                FaqAnswer a = shop.ask(q);
                assertTrue(a.confidence() >= 0 && a.confidence() <= 1, a::toString);
                assertEquals(a.candidates().get(0).confidence(), a.confidence(), a::toString);
                assertSortedProbabilities(a.candidates(), q);
                List<Candidate> all = shop.rank(q, Language.ENGLISH, Corpora.shop().size());
                assertSortedProbabilities(all, q);
                double sum = all.stream().mapToDouble(Candidate::confidence).sum();
                assertTrue(sum <= 1 + 1e-9, () -> q + ": probabilities sum to " + sum);
            });
        }
        assertAll(checks);
    }

    private static void assertSortedProbabilities(List<Candidate> candidates, String question) {
        for (int i = 0; i < candidates.size(); i++) {
            double c = candidates.get(i).confidence();
            assertTrue(c >= 0 && c <= 1, () -> question + ": " + candidates);
            if (i > 0) {
                assertTrue(c <= candidates.get(i - 1).confidence(), () -> question + ": not sorted: " + candidates);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void offersNoMoreThanMaxOptions(int maxOptions, @TempDir Path dir) {
        List<FaqEntry> refunds = new ArrayList<>();
        for (String item : List.of("phone", "laptop", "tablet", "camera", "printer")) {
            refunds.add(Corpora.entry("refund-" + item, "How do I get a refund for a " + item + "?",
                    "Can I get my money back for a " + item + "?", "Refund for a " + item + " I bought",
                    "I want a refund for my " + item, item + " refund"));
        }
        FaqIndexConfig config = new FaqIndexConfig(Language.ENGLISH, Thresholds.DEFAULT, maxOptions);
        try (FaqIndex index = FaqIndex.open(dir, config, resources)) {
            index.replaceAll(refunds);
            index.useThresholds(new Thresholds(0.9, 0.3, 0.05, 1.0));
            String q = "can I get a refund";
            FaqAnswer a = index.ask(q);
            assertEquals(Decision.OPTIONS, a.decision(), a::toString);
            assertEquals(maxOptions, a.candidates().size(), a::toString);
            assertEquals(ids(index.rank(q, Language.ENGLISH, maxOptions)), ids(a.candidates()), "the best ones are offered");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n "})
    void blankQuestionHandsOffWithoutCandidates(String blank) {
        FaqAnswer a = shop.ask(blank);
        assertEquals(Decision.HANDOFF, a.decision());
        assertEquals(Optional.empty(), a.faqId());
        assertEquals(0.0, a.confidence());
        assertTrue(a.candidates().isEmpty());
        assertTrue(shop.rank(blank, Language.ENGLISH, 3).isEmpty());
    }
}
