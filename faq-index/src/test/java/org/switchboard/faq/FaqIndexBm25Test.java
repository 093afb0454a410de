package org.switchboard.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link FaqIndex#searchBm25}, the plain Lucene baseline: entries sharing the question's words, best first. */
class FaqIndexBm25Test {
    @TempDir
    static Path dataDir;
    private static FaqResources resources;
    private static FaqIndex index;

    @BeforeAll
    static void buildDemoIndex() {
        resources = FaqResources.load();
        index = FaqIndex.open(dataDir, FaqIndexConfig.defaults(), resources);
        index.replaceAll(Corpora.demo());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            track-order            | where do I find the tracking number for my parcel
            newsletter-unsubscribe | stop sending me the newsletter, unsubscribe me
            sim-activation         | my new SIM card needs activating
            cancel-order           | ακυρωση παραγγελιας σημερα
            reset-password         | quen mat khau roi
            """)
    void ranksTheEntrySharingTheQuestionsWordsFirst(String faqId, String question) {
        List<Candidate> found = index.searchBm25(question, 3);
        assertEquals(faqId, found.get(0).faqId(), () -> question + ": " + found);
        assertEquals(1.0, found.get(0).confidence(), "scores are relative to the best");
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i).confidence() <= found.get(i - 1).confidence(), found::toString);
        }
        assertEquals(found.size(), found.stream().map(Candidate::faqId).distinct().count(), "one candidate per entry");
    }

    @Test
    void returnsAtMostTheRequestedNumberOfEntries() {
        assertTrue(index.searchBm25("how do I change my order or my delivery address", 2).size() <= 2);
        assertTrue(index.searchBm25("how do I change my order", 0).isEmpty());
    }

    @Test
    void findsNothingForAQuestionWithoutWords() {
        assertTrue(index.searchBm25("?!", 3).isEmpty());
        assertTrue(index.searchBm25("", 3).isEmpty());
    }

    @Test
    void findsNothingOnAnEmptyIndex(@TempDir Path empty) {
        try (FaqIndex fresh = FaqIndex.open(empty, FaqIndexConfig.defaults(), resources)) {
            assertTrue(fresh.searchBm25("where is my order", 3).isEmpty());
        }
    }

    @Test
    void findsNothingAfterTheEntriesAreReplacedByNone(@TempDir Path dir) {
        try (FaqIndex emptied = FaqIndex.open(dir, FaqIndexConfig.defaults(), resources)) {
            emptied.replaceAll(Corpora.shop());
            emptied.replaceAll(List.of());
            assertTrue(emptied.searchBm25("where is my order", 3).isEmpty());
        }
    }
}
