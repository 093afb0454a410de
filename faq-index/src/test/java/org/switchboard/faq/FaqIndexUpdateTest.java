package org.switchboard.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FaqIndex#update}: a change is served at once from a quick model and made durable in the
 * background; {@link FaqIndex#preview}: a throwaway index that changes nothing.
 */
class FaqIndexUpdateTest {
    private static final String QUESTION = "do you sell garden furniture";
    private static FaqResources resources;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void loadResources() {
        resources = FaqResources.load();
    }

    private FaqIndex open() {
        return FaqIndex.open(dataDir, FaqIndexConfig.defaults(), resources);
    }

    private static List<FaqEntry> demoWithGarden() {
        List<FaqEntry> entries = new ArrayList<>(Corpora.demo());
        entries.add(FaqEntry.of("garden-furniture", Language.ENGLISH, "Do you sell garden furniture?",
                List.of("have you got any garden furniture", "is there garden furniture for sale", "outdoor tables and chairs"),
                "No, Acme sells home electronics only. We do not sell garden furniture."));
        return entries;
    }

    @Test
    void anUpdateIsServedWhenItReturnsAndIsOnDiskAfterTheBackgroundBuild() {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.demo());
            assertTrue(index.ask(QUESTION).faqId().isEmpty(), "the demo corpus does not answer it: " + index.ask(QUESTION));

            long ms = index.update(demoWithGarden());

            FaqAnswer answer = index.ask(QUESTION);
            assertEquals(Decision.ANSWER, answer.decision(), answer.toString());
            assertEquals("garden-furniture", answer.faqId().orElseThrow());
            assertEquals(37, index.entries().size());
            assertTrue(ms >= 0 && ms < 5_000, "served after " + ms + " ms");
            // BM25 needs the Lucene index of the full build: it waits for it rather than failing
            assertEquals("garden-furniture", index.searchBm25(QUESTION, 3).get(0).faqId());
            index.awaitDurable();
            assertEquals("garden-furniture", index.ask(QUESTION).faqId().orElseThrow());
        }
        try (FaqIndex reopened = open()) {
            assertEquals(37, reopened.entries().size(), "the background build is on disk");
            assertEquals("garden-furniture", reopened.ask(QUESTION).faqId().orElseThrow());
        }
    }

    @Test
    void aHeldBuildWaitsForItsReleaseWhileTheQuickModelServes() throws Exception {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.demo());
            java.time.Instant first = index.publishedAt().orElseThrow();
            index.holdBuilds();
            index.update(demoWithGarden());
            assertEquals("garden-furniture", index.ask(QUESTION).faqId().orElseThrow(), "the quick model serves the update");
            Thread.sleep(300);
            assertTrue(index.fullBuildPending());
            assertTrue(buildThreads().isEmpty(), "no build started while held: " + buildThreads());
            index.releaseBuilds();
            assertTrue(!buildThreads().isEmpty(), "the release starts the build");
            index.awaitDurable();
            assertTrue(index.publishedAt().orElseThrow().isAfter(first), "the update's full build was published");
            index.update(Corpora.demo());
            assertTrue(!buildThreads().isEmpty(), "a released hold holds nothing more");
        }
    }

    @Test
    void closingAnIndexWithAHeldBuildStillMakesTheUpdateDurable() {
        try (FaqIndex index = open()) {
            index.holdBuilds();
            index.update(demoWithGarden());
        }
        try (FaqIndex reopened = open()) {
            assertEquals(37, reopened.entries().size(), "close released the hold and waited for the build");
            assertEquals("garden-furniture", reopened.ask(QUESTION).faqId().orElseThrow());
        }
    }

    private static List<Thread> buildThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("faq-index-build")).toList();
    }

    @Test
    void publishedAtMovesOnlyWhenAFullBuildIsOnDisk() throws Exception {
        try (FaqIndex index = open()) {
            assertTrue(index.publishedAt().isEmpty(), "a new directory has no generation");
            index.replaceAll(Corpora.demo());
            java.time.Instant first = index.publishedAt().orElseThrow();
            Thread.sleep(20);
            index.update(demoWithGarden());
            index.awaitDurable();
            assertTrue(index.publishedAt().orElseThrow().isAfter(first), "the update's full build was published");
        }
    }

    @Test
    void aBurstOfUpdatesEndsWithTheLastOneServedAndOnDisk() {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.demo());
            index.update(demoWithGarden());
            index.update(Corpora.demo());
            assertTrue(index.ask(QUESTION).faqId().isEmpty(), "the last update (without the entry) is served");
            index.awaitDurable();
            assertEquals(36, index.entries().size());
            assertTrue(index.ask(QUESTION).faqId().isEmpty());
        }
        try (FaqIndex reopened = open()) {
            assertEquals(36, reopened.entries().size());
        }
    }

    @Test
    void anUpdateOfAnEmptyIndexTrainsItsQuickModelFromScratch() {
        try (FaqIndex index = open()) {
            assertTrue(!index.fullBuildPending(), "nothing to build yet");
            index.update(demoWithGarden());
            // the full build of 37 entries trains for seconds after update returns (what serve's health reports)
            assertTrue(index.fullBuildPending(), "the full build follows in the background");
            assertEquals("garden-furniture", index.ask(QUESTION).faqId().orElseThrow());
            assertEquals("reset-password", index.ask("I forgot my password").faqId().orElseThrow());
            index.awaitDurable();
            assertTrue(!index.fullBuildPending(), "the full build is published");
            assertEquals("garden-furniture", index.ask(QUESTION).faqId().orElseThrow());
        }
    }

    @Test
    void aRefinedModelStillAnswersTheUnchangedEntries() {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.demo());
            List<String> known = List.of("I forgot my password", "Where is my order?", "can I get a refund");
            List<java.util.Optional<String>> before = known.stream().map(q -> index.ask(q).faqId()).toList();
            index.update(demoWithGarden());
            assertEquals(before, known.stream().map(q -> index.ask(q).faqId()).toList());
            assertEquals("garden-furniture", index.ask(QUESTION).faqId().orElseThrow());
        }
    }

    @Test
    void anInvalidCorpusChangesNothing() {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.demo());
            List<FaqEntry> broken = new ArrayList<>(Corpora.demo());
            broken.add(new FaqEntry("orphan", Language.ENGLISH, "q", List.of(), "a", List.of(), List.of("no-such-entry"),
                    java.util.Map.of()));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.update(broken));
            assertTrue(e.getMessage().contains("no-such-entry"), e.getMessage());
            assertEquals(36, index.entries().size());
        }
    }

    @Test
    void aPreviewAnswersWithTheNewEntriesAndLeavesTheIndexAlone() {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.demo());
            FaqPreview preview = index.preview(demoWithGarden());
            assertEquals("garden-furniture", preview.ask(QUESTION, Language.ENGLISH).faqId().orElseThrow());
            assertEquals("garden-furniture", preview.rank(QUESTION, Language.ENGLISH, 3).get(0).faqId());
            assertEquals(37, preview.entries().size());
            assertTrue(index.ask(QUESTION).faqId().isEmpty(), "the served index is unchanged");
            assertEquals(36, index.entries().size());
            // the same questions get the same decisions as the full model for a known question
            assertEquals(index.ask("I forgot my password").faqId(), preview.ask("I forgot my password", Language.ENGLISH).faqId());
        }
    }
}
