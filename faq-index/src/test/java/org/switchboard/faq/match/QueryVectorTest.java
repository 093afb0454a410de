package org.switchboard.faq.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;
import org.switchboard.faq.analysis.FaqAnalyzers;
import org.switchboard.faq.io.FaqImporter;

/**
 * Pins that scoring's fast path gives exactly what the straightforward one gave: for every
 * question of {@code config/faq/demo-checks.jsonl} read as every language, the question's vector
 * ({@link QueryVector} against {@code vocabulary.vector(features.count(...))}) and the logits
 * (the model's accumulation against a plain loop over the weights) are bit-identical, on the demo
 * corpus's dense model with embeddings and on a sparse model of it.
 */
class QueryVectorTest {
    private static final Path ROOT = Path.of("..", "config", "faq");
    private static List<String> questions;
    private static TextFeatures features;
    private static List<Example> examples;
    private static int entries;

    @BeforeAll
    static void demoCorpus() throws Exception {
        List<FaqEntry> demo = FaqImporter.create(Language.ENGLISH).read(ROOT.resolve("demo.yaml"));
        entries = demo.size();
        examples = new ArrayList<>();
        for (int i = 0; i < demo.size(); i++) {
            FaqEntry e = demo.get(i);
            for (String p : e.phrasings()) {
                examples.add(new Example(i, e.language(), p));
            }
            for (Map.Entry<Language, FaqEntry.Translation> t : e.translations().entrySet()) {
                for (String p : t.getValue().phrasings()) {
                    examples.add(new Example(i, t.getKey(), p));
                }
            }
        }
        FaqAnalyzers analyzers = FaqAnalyzers.create();
        Tokens tokens = new Tokens() {
            @Override
            public List<String> words(Language language, String text) {
                return FaqAnalyzers.tokens(analyzers.words(language), text);
            }

            @Override
            public List<String> surface(Language language, String text) {
                return FaqAnalyzers.tokens(analyzers.surface(language), text);
            }
        };
        List<String> english = examples.stream().filter(x -> x.language() == Language.ENGLISH).map(Example::text).toList();
        features = new TextFeatures(tokens, StaticEmbedder.english().weightedBy(english), 2.0f);
        ObjectMapper json = new ObjectMapper();
        questions = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("demo-checks.jsonl"))) {
            if (!line.isBlank()) {
                questions.add(json.readTree(line).get("question").asText());
            }
        }
        questions.add("");
        questions.add("zzqx qqq");
        questions.add("password password password my my reset");
    }

    @Test
    void denseModelScoresExactlyAsTheReferenceDoes() {
        EntryModel model = trained(EntryModelTrainer.Options.DEFAULT.denseBudget());
        assertTrue(model.dense());
        assertTrue(model.embeddings());
        assertSameAsReference(model);
    }

    @Test
    void sparseModelScoresExactlyAsTheReferenceDoes() {
        EntryModel model = trained(1);
        assertFalse(model.dense());
        assertSameAsReference(model);
    }

    private static EntryModel trained(long denseBudget) {
        EntryModelTrainer.Options o = new EntryModelTrainer.Options(2, 1.0, 42, denseBudget, 2, 200).withMinSteps(0);
        return new EntryModelTrainer(o).train(examples, entries, features);
    }

    private static void assertSameAsReference(EntryModel model) {
        Vocabulary vocabulary = model.vocabulary();
        QueryVector q = new QueryVector(vocabulary.size());
        EntryModel.Scratch scratch = model.newScratch();
        for (String question : questions) {
            for (Language language : Language.values()) {
                String what = language + " " + question;
                SparseVector reference = vocabulary.vector(model.counts(language, question));
                q.fill(model.features(), vocabulary, language, question);
                assertArrayEquals(reference.ids(), Arrays.copyOf(q.ids(), q.size), what);
                assertArrayEquals(reference.values(), Arrays.copyOf(q.values, q.size), what);
                model.accumulate(reference, scratch);
                assertArrayEquals(referenceLogits(model, reference), scratch.logits, what);
                scratch.clear();
            }
        }
    }

    /** Each entry's logit as the plain loop over the weights adds it up, feature by feature. */
    private static double[] referenceLogits(EntryModel model, SparseVector x) {
        double[] logits = new double[model.classCount()];
        for (int i = 0; i < x.size(); i++) {
            float v = x.values()[i];
            float[] w = model.weights()[x.ids()[i]];
            int[] p = model.postings()[x.ids()[i]];
            if (w == null) {
                continue;
            }
            for (int j = 0; j < w.length; j++) {
                logits[p == null ? j : p[j]] += v * w[j];
            }
        }
        return logits;
    }
}
