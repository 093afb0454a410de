package org.switchboard.faq.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;

class EntryModelTrainerTest {
    private static final Language EN = Language.ENGLISH;
    private static final TextFeatures FEATURES = new TextFeatures(SimpleTokens.INSTANCE);
    private static final EntryModelTrainer.Options DENSE = EntryModelTrainer.Options.DEFAULT;
    private static final EntryModelTrainer.Options SPARSE = options(42, 0, 200);

    /** Every entry shares "about help" and "help" with the others; "about help" is the first feature in name order. */
    private static final List<List<String>> SHARED_HELP = List.of(
            List.of("about help card", "help card", "card help", "my card"),
            List.of("about help bank", "help bank", "bank help", "my bank"),
            List.of("about help visa", "help visa", "visa help", "my visa"));

    private static EntryModelTrainer.Options options(long seed, long denseBudget, int maxPostings) {
        return new EntryModelTrainer.Options(12, 1.0, seed, denseBudget, 2, maxPostings);
    }

    private static EntryModel train(EntryModelTrainer.Options options) {
        return new EntryModelTrainer(options).train(Corpus.examples(), Corpus.entries(), FEATURES);
    }

    private static void assertRanksEveryPhrasingsOwnEntryFirst(EntryModel model) {
        for (Example e : Corpus.examples()) {
            Scores s = model.score(EN, e.text(), 3, 1.0);
            assertTrue(s.size() > 0, e.text());
            assertEquals(e.entry(), s.entries()[0], e.text());
        }
    }

    private static byte[] bytes(EntryModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    private static void assertSameScores(EntryModel expected, EntryModel actual, List<String> texts) {
        for (String t : texts) {
            Scores a = expected.score(EN, t, Corpus.entries(), 1.0);
            Scores b = actual.score(EN, t, Corpus.entries(), 1.0);
            assertArrayEquals(a.entries(), b.entries(), t);
            assertArrayEquals(a.probability(), b.probability(), t);
        }
    }

    private static List<String> probes() {
        return List.of("how do i reset my password", "refund", "where is my parcel please", "open sunday",
                "remove account password", "zzqx", "");
    }

    @Test
    void ranksEveryTrainingPhrasingsOwnEntryFirst() {
        EntryModel model = train(DENSE);
        assertTrue(model.dense());
        assertEquals(Corpus.entries(), model.entryCount());
        assertRanksEveryPhrasingsOwnEntryFirst(model);
    }

    @Test
    void ranksUnseenParaphrasesThroughSharedWordsAndCharacterGrams() {
        EntryModel model = train(DENSE);
        assertEquals(0, model.score(EN, "my passwords need resetting", 1, 1.0).entries()[0]);
        assertEquals(1, model.score(EN, "refunds", 1, 1.0).entries()[0]);
        assertEquals(4, model.score(EN, "deleting the account", 1, 1.0).entries()[0]);
    }

    @Test
    void givesSortedProbabilitiesThatSumToAtMostOne() {
        EntryModel model = train(DENSE);
        for (String text : List.of("how do i reset my password", "refund my account", "opening parcel", "my")) {
            for (double temperature : new double[] {0.25, 1.0, 4.0}) {
                Scores s = model.score(EN, text, Corpus.entries(), temperature);
                assertEquals(Corpus.entries(), s.size(), text);
                double sum = 0;
                for (int i = 0; i < s.size(); i++) {
                    assertTrue(s.probability()[i] > 0 && s.probability()[i] <= 1, text);
                    if (i > 0) {
                        assertTrue(s.probability()[i] <= s.probability()[i - 1], text + " not sorted at " + i);
                    }
                    sum += s.probability()[i];
                }
                assertTrue(sum <= 1 + 1e-9, text + " sums to " + sum);
                assertEquals(1.0, sum, 1e-9, "a dense model lists every entry: " + text);
            }
        }
    }

    @Test
    void returnsAtMostKEntriesAndTheSameTopOnesAsALargerK() {
        EntryModel model = train(DENSE);
        Scores all = model.score(EN, "refund my password", Corpus.entries(), 1.0);
        Scores two = model.score(EN, "refund my password", 2, 1.0);
        assertEquals(2, two.size());
        assertArrayEquals(Arrays.copyOf(all.entries(), 2), two.entries());
        assertArrayEquals(Arrays.copyOf(all.probability(), 2), two.probability(), 1e-12);
    }

    @Test
    void sameSeedGivesIdenticalModels() throws IOException {
        EntryModel a = train(options(7, 30_000_000L, 200));
        EntryModel b = train(options(7, 30_000_000L, 200));
        assertArrayEquals(bytes(a), bytes(b));
        assertSameScores(a, b, probes());
    }

    @Test
    void anotherSeedShufflesDifferentlyAndGivesOtherWeights() throws IOException {
        assertFalse(Arrays.equals(bytes(train(options(7, 30_000_000L, 200))), bytes(train(options(8, 30_000_000L, 200)))));
    }

    @Test
    void higherTemperatureFlattensProbabilitiesTowardsUniform() {
        EntryModel model = train(DENSE);
        double sharp = model.score(EN, "reset password", 1, 1.0).probability()[0];
        double flat = model.score(EN, "reset password", 1, 1000.0).probability()[0];
        assertTrue(sharp > 0.6, "top probability at temperature 1: " + sharp);
        assertEquals(1.0 / Corpus.entries(), flat, 0.01);
    }

    @Test
    void listsNoEntryForTextSharingNoFeatureWithAnyEntry() {
        // Every entry would score 0 (probability 1/entries each); untouched entries are never listed.
        for (EntryModel model : List.of(train(DENSE), train(SPARSE))) {
            assertEquals(0, model.score(EN, "zzqx", 5, 1.0).size());
            assertEquals(0, model.score(EN, "", 5, 1.0).size());
        }
    }

    @Test
    void forcedSparseModelStillRanksEveryPhrasingsOwnEntryFirst() {
        EntryModel model = train(SPARSE);
        assertFalse(model.dense());
        assertRanksEveryPhrasingsOwnEntryFirst(model);
    }

    @Test
    void sparseModelListsOnlyEntriesSharingAFeatureWithTheText() {
        EntryModel model = new EntryModelTrainer(SPARSE).train(Corpus.examples(SHARED_HELP), 3, FEATURES);
        Scores card = model.score(EN, "card", 3, 1.0);
        assertArrayEquals(new int[] {0}, card.entries());
        assertTrue(card.probability()[0] > 1.0 / 3 && card.probability()[0] < 1,
                "the two untouched entries keep the rest: " + card.probability()[0]);
        assertEquals(3, model.score(EN, "help", 3, 1.0).size());
    }

    @Test
    void sparseModelListsTheMostProbableEntriesEvenWhenSomeAreUntouched() {
        EntryModel model = train(SPARSE);
        Scores s = model.score(EN, "a open", Corpus.entries(), 1.0);
        double rest = 1 - Arrays.stream(s.probability()).sum();
        int unlisted = Corpus.entries() - s.size();
        double last = s.probability()[s.size() - 1];
        assertTrue(unlisted == 0 || last >= rest / unlisted,
                "listed " + Arrays.toString(s.probability()) + ", each of " + unlisted + " unlisted: " + rest / unlisted);
    }

    @Test
    void sparseModelDropsFeaturesSharedByMoreThanMaxPostingsEntries() {
        List<Example> examples = Corpus.examples(SHARED_HELP);
        EntryModel kept = new EntryModelTrainer(options(42, 0, 3)).train(examples, 3, FEATURES);
        EntryModel dropped = new EntryModelTrainer(options(42, 0, 2)).train(examples, 3, FEATURES);
        assertEquals(3, kept.score(EN, "help", 5, 1.0).size(), "shared by exactly maxPostings entries: kept");
        assertEquals(0, dropped.score(EN, "help", 5, 1.0).size(), "shared by more: dropped");
        assertEquals(0, dropped.score(EN, "about help my", 5, 1.0).size());
        assertEquals(0, dropped.score(EN, "help card", 1, 1.0).entries()[0]);
        assertEquals(2, dropped.score(EN, "visa help", 1, 1.0).entries()[0]);
    }

    @Test
    void denseModelIgnoresMaxPostings() {
        EntryModel model = new EntryModelTrainer(new EntryModelTrainer.Options(12, 1.0, 42, 30_000_000L, 2, 1))
                .train(Corpus.examples(SHARED_HELP), 3, FEATURES);
        assertTrue(model.dense());
        assertEquals(3, model.score(EN, "help", 5, 1.0).size());
    }

    @Test
    void writeThenReadGivesIdenticalScores() throws IOException {
        for (EntryModel model : List.of(train(DENSE), train(SPARSE),
                new EntryModelTrainer(options(42, 0, 2)).train(Corpus.examples(SHARED_HELP), 3, FEATURES))) {
            EntryModel read = EntryModel.read(new ByteArrayInputStream(bytes(model)), FEATURES);
            assertEquals(model.entryCount(), read.entryCount());
            assertEquals(model.featureCount(), read.featureCount());
            assertSameScores(model, read, probes());
            assertSameScores(model, read, Corpus.examples().stream().map(Example::text).toList());
            assertArrayEquals(bytes(model), bytes(read));
        }
    }

    @Test
    void sparseModelStaysSparseAfterReadWhenItsFirstFeatureWasDropped() throws IOException {
        EntryModel model = new EntryModelTrainer(options(42, 0, 2)).train(Corpus.examples(SHARED_HELP), 3, FEATURES);
        assertFalse(model.dense());
        EntryModel read = EntryModel.read(new ByteArrayInputStream(bytes(model)), FEATURES);
        assertFalse(read.dense());
    }

    @Test
    void denseModelKeepsEmbeddingsThroughWriteAndRead() throws IOException {
        TextFeatures withEmbedder = new TextFeatures(SimpleTokens.INSTANCE, new LetterEmbedder(), 1f);
        EntryModel model = new EntryModelTrainer(DENSE).train(Corpus.examples(), Corpus.entries(), withEmbedder);
        assertTrue(model.embeddings());
        EntryModel read = EntryModel.read(new ByteArrayInputStream(bytes(model)), withEmbedder);
        assertTrue(read.embeddings());
        assertSameScores(model, read, probes());
        IOException e = assertThrows(IOException.class, () -> EntryModel.read(new ByteArrayInputStream(bytes(model)), FEATURES));
        assertTrue(e.getMessage().contains("features"), e.getMessage());
    }

    @Test
    void sparseModelHasNoEmbeddingsAndReadsBackWithTheSameFeatures() throws IOException {
        TextFeatures withEmbedder = new TextFeatures(SimpleTokens.INSTANCE, new LetterEmbedder(), 1f);
        EntryModel model = new EntryModelTrainer(SPARSE).train(Corpus.examples(), Corpus.entries(), withEmbedder);
        assertFalse(model.embeddings());
        EntryModel read = EntryModel.read(new ByteArrayInputStream(bytes(model)), withEmbedder);
        assertFalse(read.embeddings());
        assertSameScores(model, read, probes());
    }

    @Test
    void readingAnotherFormatFailsNamingTheFormat() {
        byte[] future = ByteBuffer.allocate(12).putInt(7).putInt(5).putInt(0).array();
        IOException e = assertThrows(IOException.class, () -> EntryModel.read(new ByteArrayInputStream(future), FEATURES));
        assertTrue(e.getMessage().contains("model format 7"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 2"), e.getMessage());

        byte[] json = "{\"entries\": []}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        e = assertThrows(IOException.class, () -> EntryModel.read(new ByteArrayInputStream(json), FEATURES));
        assertTrue(e.getMessage().contains("unknown model format " + ByteBuffer.wrap(json).getInt()), e.getMessage());
    }

    @Test
    void readingAnEmbeddingTableInsteadOfAModelFailsNamingTheFormat() throws IOException {
        try (InputStream table = StaticEmbedder.class.getResourceAsStream(StaticEmbedder.RESOURCE)) {
            IOException e = assertThrows(IOException.class, () -> EntryModel.read(table, FEATURES));
            assertTrue(e.getMessage().startsWith("unknown model format"), e.getMessage());
        }
    }

    @Test
    void readingATruncatedModelFails() throws IOException {
        byte[] whole = bytes(train(SPARSE));
        for (int length : new int[] {0, 3, 12, whole.length / 2, whole.length - 1}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThrows(EOFException.class, () -> EntryModel.read(new ByteArrayInputStream(cut), FEATURES), "length " + length);
        }
    }

    @Test
    void rejectsInvalidOptions() {
        assertThrows(IllegalArgumentException.class, () -> new EntryModelTrainer.Options(0, 1.0, 42, 0, 2, 200));
        assertThrows(IllegalArgumentException.class, () -> new EntryModelTrainer.Options(1, 0, 42, 0, 2, 200));
        assertThrows(IllegalArgumentException.class, () -> new EntryModelTrainer.Options(1, 1.0, 42, -1, 2, 200));
        assertThrows(IllegalArgumentException.class, () -> new EntryModelTrainer.Options(1, 1.0, 42, 0, 0, 200));
        assertThrows(IllegalArgumentException.class, () -> new EntryModelTrainer.Options(1, 1.0, 42, 0, 2, 0));
    }

    @Test
    void invalidOptionsMessageShowsTheValuesGiven() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EntryModelTrainer.Options(12, 1.0, 42, 0, 2, 0));
        assertTrue(e.getMessage().contains("max postings 0"), e.getMessage());
        assertTrue(e.getMessage().contains("epochs 12"), e.getMessage());
    }

    /** A 4-dimensional embedding: normalised counts of the letters a, e, o, s. */
    static final class LetterEmbedder implements Embedder {
        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public float[] embed(Language language, String text) {
            float[] v = new float[4];
            for (char c : text.toCharArray()) {
                int i = "aeos".indexOf(c);
                if (i >= 0) {
                    v[i]++;
                }
            }
            double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + v[3] * v[3]);
            for (int i = 0; i < 4 && n > 0; i++) {
                v[i] /= (float) n;
            }
            return v;
        }
    }
}
