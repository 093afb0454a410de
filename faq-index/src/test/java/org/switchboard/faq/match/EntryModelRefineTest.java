package org.switchboard.faq.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.faq.Language;

/**
 * {@link EntryModelTrainer#refine}: a trained model carried over to a changed corpus — a new
 * entry with words the old corpus never had, an entry removed — on dense and sparse models.
 */
class EntryModelRefineTest {
    private static final Language EN = Language.ENGLISH;
    private static final TextFeatures FEATURES = new TextFeatures(SimpleTokens.INSTANCE);
    private static final List<String> GARDEN = List.of("do you sell garden furniture", "garden furniture for sale",
            "outdoor tables and chairs", "patio furniture");

    private static EntryModelTrainer.Options options(boolean dense) {
        return new EntryModelTrainer.Options(12, 1.0, 42, dense ? 30_000_000L : 0, 2, 200);
    }

    @ParameterizedTest(name = "dense {0}")
    @ValueSource(booleans = {true, false})
    void aNewEntryWithNewWordsIsLearntAndTheOthersKeepTheirAnswers(boolean dense) {
        EntryModel before = new EntryModelTrainer(options(dense)).train(Corpus.examples(), Corpus.entries(), FEATURES);
        assertEquals(dense, before.dense());
        int featuresBefore = before.featureCount();
        // the new corpus: entry 0 (passwords) removed, the garden entry added last
        List<List<String>> phrasings = new ArrayList<>(Corpus.PHRASINGS.subList(1, Corpus.entries()));
        phrasings.add(GARDEN);
        int[] from = {1, 2, 3, 4, -1};
        boolean[] changed = {false, false, false, false, true};
        EntryModel after = new EntryModelTrainer(options(dense).withMinSteps(0))
                .refine(before, from, changed, Corpus.examples(phrasings), 1000, 4);

        assertEquals(5, after.entryCount());
        assertTrue(after.featureCount() > before.featureCount(), "the garden words became features");
        assertEquals(4, after.score(EN, "garden furniture", 1, 1.0).entries()[0]);
        assertEquals(4, after.score(EN, "patio chairs", 1, 1.0).entries()[0]);
        for (int e = 0; e < 4; e++) {
            for (String p : phrasings.get(e)) {
                assertEquals(e, after.score(EN, p, 1, 1.0).entries()[0], p);
            }
        }
        // the removed entry's class is gone: nothing ranks above the 5 entries of the new corpus
        Scores s = after.score(EN, "forgot my password", 5, 1.0);
        for (int c : s.entries()) {
            assertTrue(c >= 0 && c < 5, "class " + c);
        }
        // the previous model is left as it was (it may still be serving)
        assertEquals(featuresBefore, before.featureCount());
        assertEquals(0, before.score(EN, "forgot my password", 1, 1.0).entries()[0]);
    }
}
