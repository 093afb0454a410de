package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;

class SyntheticCorpusTest {
    @Test
    void sameSeedGivesTheSameCorpus() {
        assertEquals(SyntheticCorpus.generate(200, 50, 7), SyntheticCorpus.generate(200, 50, 7));
        assertNotEquals(SyntheticCorpus.generate(200, 50, 7), SyntheticCorpus.generate(200, 50, 8));
    }

    @Test
    void entriesHaveThreeToFivePhrasingsOfFiveToTwelveWords() {
        BenchCorpus corpus = SyntheticCorpus.generate(500, 100, 42);
        assertEquals(500, corpus.entries().size());
        Set<String> ids = new HashSet<>();
        for (FaqEntry e : corpus.entries()) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            assertTrue(e.phrasings().size() >= 3 && e.phrasings().size() <= 5, e.toString());
            for (String p : e.phrasings()) {
                int words = p.split(" ").length;
                assertTrue(words >= 5 && words <= 12, p);
            }
        }
    }

    @Test
    void questionsAreNotIndexedPhrasings() {
        BenchCorpus corpus = SyntheticCorpus.generate(300, 200, 42);
        assertEquals(200, corpus.questions().size());
        Set<String> indexed = new HashSet<>();
        corpus.entries().forEach(e -> indexed.addAll(e.phrasings()));
        long repeats = corpus.questions().stream().filter(indexed::contains).count();
        assertTrue(repeats <= 2, repeats + " questions repeat an indexed phrasing");
    }

    @Test
    void vocabularyMixesRealAndMadeUpWords() {
        List<String> real = SyntheticCorpus.realWords();
        assertTrue(real.size() > 400, "only " + real.size() + " real words");
        Set<String> used = new HashSet<>();
        SyntheticCorpus.generate(2000, 0 + 1, 1).entries().forEach(e -> used.addAll(List.of(e.question().split(" "))));
        assertTrue(used.stream().anyMatch(real::contains));
        assertTrue(used.stream().anyMatch(w -> !real.contains(w)));
        assertTrue(used.size() > 1000, used.size() + " distinct words");
    }
}
