package org.switchboard.faq.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains an {@link EntryModel} by stochastic gradient descent on the softmax (cross-entropy)
 * loss, one pass over the shuffled phrasings per epoch with a decaying learning rate. Seeded,
 * so the same corpus always gives the same model. Not thread-safe; use one per training.
 */
public final class EntryModelTrainer {

    /**
     * @param epochs        passes over the phrasings; small corpora get more, up to {@link #MIN_STEPS} updates in all
     *                      (at most {@link #MAX_EPOCHS})
     * @param learningRate  initial step size (divided by 1 + epoch)
     * @param seed          shuffling seed
     * @param denseBudget   largest entries × features for a dense model
     * @param minCharDf     least number of phrasings a character n-gram must occur in
     * @param maxPostings   in a sparse model, features counting for more entries than this are dropped
     * @param minSteps      a small corpus is passed over until this many updates are made
     */
    public record Options(int epochs, double learningRate, long seed, long denseBudget, int minCharDf, int maxPostings,
                          int minSteps) {
        public static final Options DEFAULT = new Options(12, 1.0, 42, 30_000_000L, 2, 200);

        public Options {
            if (epochs < 1 || learningRate <= 0 || denseBudget < 0 || minCharDf < 1 || maxPostings < 1 || minSteps < 0) {
                throw new IllegalArgumentException("invalid training options: epochs " + epochs + ", learning rate "
                        + learningRate + ", dense budget " + denseBudget + ", min char df " + minCharDf
                        + ", max postings " + maxPostings + ", min steps " + minSteps
                        + " (epochs, df and postings must be ≥ 1, rate > 0, budget and steps ≥ 0)");
            }
        }

        /** With {@link #MIN_STEPS} updates at least. */
        public Options(int epochs, double learningRate, long seed, long denseBudget, int minCharDf, int maxPostings) {
            this(epochs, learningRate, seed, denseBudget, minCharDf, maxPostings, MIN_STEPS);
        }

        /** These options with this many passes (at least; small corpora get up to {@code minSteps} updates). */
        public Options withEpochs(int passes) {
            return new Options(passes, learningRate, seed, denseBudget, minCharDf, maxPostings, minSteps);
        }

        /** These options with at least {@code steps} updates on a small corpus (fewer: faster, rougher). */
        public Options withMinSteps(int steps) {
            return new Options(epochs, learningRate, seed, denseBudget, minCharDf, maxPostings, steps);
        }
    }

    /** A small corpus is passed over until this many updates are made (by default). */
    public static final int MIN_STEPS = 150_000;
    /** The most passes a small corpus gets. */
    public static final int MAX_EPOCHS = 200;

    private final Options options;

    public EntryModelTrainer(Options options) {
        this.options = options;
    }

    /** Trains on the examples; entries are numbered 0..entryCount-1. */
    public EntryModel train(List<Example> examples, int entryCount, TextFeatures features) {
        return train(examples, entryCount, List.of(), features);
    }

    /**
     * Trains on the examples and on background texts that no entry answers (their class is
     * {@code entryCount}; it takes probability away from the entries but is never reported).
     */
    public EntryModel train(List<Example> examples, int entryCount, List<Example> background, TextFeatures features) {
        int answerable = entryCount;
        if (!background.isEmpty()) {
            List<Example> all = new ArrayList<>(examples);
            background.forEach(b -> all.add(new Example(answerable, b.language(), b.text())));
            examples = all;
            entryCount = answerable + 1;
        }
        List<TextFeatures.Counts> counts = new ArrayList<>(examples.size());
        TextFeatures lexical = features.withoutEmbedder();
        for (Example e : examples) {
            counts.add(lexical.count(e.language(), e.text()));
        }
        Vocabulary vocabulary = Vocabulary.build(counts, options.minCharDf());
        if ((long) entryCount * (vocabulary.size() + features.denseDimension()) > options.denseBudget()) {
            features = lexical; // no room for dense features (the model may still be dense without them)
        } else if (features.denseDimension() > 0) {
            for (int i = 0; i < counts.size(); i++) {
                Example e = examples.get(i);
                counts.set(i, counts.get(i).withDense(features.dense(e.language(), e.text())));
            }
        }
        SparseVector[] x = new SparseVector[examples.size()];
        int[] y = new int[examples.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = vocabulary.vector(counts.get(i));
            y[i] = examples.get(i).entry();
        }
        int featureCount = vocabulary.size() + features.denseDimension();
        boolean dense = (long) entryCount * featureCount <= options.denseBudget();
        int[][] postings = new int[featureCount][];
        float[][] weights = new float[featureCount][];
        if (dense) {
            for (int f = 0; f < weights.length; f++) {
                weights[f] = new float[entryCount];
            }
        } else {
            sparsePostings(x, y, postings, weights);
        }
        EntryModel model = new EntryModel(features, vocabulary, entryCount, answerable, postings, weights);
        descend(model, x, y, postings, weights, entryCount);
        return model;
    }

    /**
     * A quick model for a corpus that differs from {@code previous}'s in a few entries: the
     * previous weights carried over ({@link EntryModel#remapped}), then a few passes of SGD over
     * the changed entries' phrasings and a random sample of the others (so the change is learnt
     * without the rest drifting). The time depends on the size of the change and the sample, not
     * the corpus: what lets a published edit be served within a second on large corpora. The
     * full {@link #train} should follow; this model knows no word the previous corpus lacked.
     *
     * @param previous  the model of the previous corpus
     * @param from      for each entry of the new corpus, its entry in {@code previous} or -1
     * @param changed   for each entry of the new corpus, whether it is new or changed
     * @param examples  every phrasing of the new corpus
     * @param sample    how many phrasings of unchanged entries to train on with the changed ones
     * @param passes    passes over the changed phrasings and the sample
     */
    public EntryModel refine(EntryModel previous, int[] from, boolean[] changed, List<Example> examples, int sample,
                             int passes) {
        int entries = from.length;
        Random random = new Random(options.seed());
        List<Example> focus = new ArrayList<>();
        List<Example> others = new ArrayList<>();
        for (Example e : examples) {
            (changed[e.entry()] ? focus : others).add(e);
        }
        // the changed entries' words the previous corpus lacked become features too
        List<TextFeatures.Counts> focusCounts = new ArrayList<>(focus.size());
        for (Example e : focus) {
            focusCounts.add(previous.counts(e.language(), e.text()));
        }
        Vocabulary vocabulary = previous.vocabulary().extendedWith(focusCounts, examples.size());
        SparseVector[][] newFeatures = new SparseVector[entries][];
        List<List<SparseVector>> byEntry = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            byEntry.add(changed[i] ? new ArrayList<>() : null);
        }
        List<SparseVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int k = 0; k < focus.size(); k++) {
            SparseVector v = vocabulary.vector(focusCounts.get(k));
            byEntry.get(focus.get(k).entry()).add(v);
            xs.add(v);
            ys.add(focus.get(k).entry());
        }
        for (int i = 0; i < entries; i++) {
            if (byEntry.get(i) != null) {
                newFeatures[i] = byEntry.get(i).toArray(SparseVector[]::new);
            }
        }
        // the changed phrasings make at least a tenth of each pass, so a small change is learnt in a few passes
        int focusCount = xs.size();
        int repeats = focusCount == 0 ? 0 : Math.max(0, (Math.min(sample, others.size()) / 9 + focusCount - 1) / focusCount - 1);
        for (int r = 0; r < repeats; r++) {
            for (int k = 0; k < focusCount; k++) {
                xs.add(xs.get(k));
                ys.add(ys.get(k));
            }
        }
        java.util.Collections.shuffle(others, random);
        for (Example e : others.subList(0, Math.min(sample, others.size()))) {
            xs.add(vocabulary.vector(previous.counts(e.language(), e.text())));
            ys.add(e.entry());
        }
        EntryModel model = previous.remapped(from, vocabulary, newFeatures);
        int[][] postings = model.postings();
        float[][] weights = model.weights();
        SparseVector[] x = xs.toArray(SparseVector[]::new);
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        int classes = model.classCount();
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        EntryModel.Scratch scratch = model.newScratch();
        double[] grad = new double[classes];
        for (int pass = 0; pass < passes; pass++) {
            shuffle(order, random);
            double lr = options.learningRate() / (1 + pass);
            for (int i : order) {
                model.accumulate(x[i], scratch);
                gradient(scratch, y[i], grad, classes);
                update(x[i], postings, weights, grad, lr);
                for (int j = 0; j < scratch.size(); j++) {
                    grad[scratch.entry(j)] = 0;
                }
                grad[y[i]] = 0;
                scratch.clear();
            }
        }
        return model;
    }

    private void sparsePostings(SparseVector[] x, int[] y, int[][] postings, float[][] weights) {
        List<List<Integer>> lists = new ArrayList<>(postings.length);
        for (int f = 0; f < postings.length; f++) {
            lists.add(new ArrayList<>(2));
        }
        for (int i = 0; i < x.length; i++) {
            for (int f : x[i].ids()) {
                List<Integer> l = lists.get(f);
                if (l.isEmpty() || l.get(l.size() - 1) != y[i]) {
                    l.add(y[i]);
                }
            }
        }
        for (int f = 0; f < postings.length; f++) {
            int[] p = lists.get(f).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            if (p.length <= options.maxPostings()) {
                postings[f] = p;
                weights[f] = new float[p.length];
            } else {
                postings[f] = new int[0];
            }
        }
    }

    private void descend(EntryModel model, SparseVector[] x, int[] y, int[][] postings, float[][] weights, int entryCount) {
        Random random = new Random(options.seed());
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        EntryModel.Scratch scratch = model.newScratch();
        double[] grad = new double[entryCount];
        int epochs = Math.max(options.epochs(), Math.min(MAX_EPOCHS, (options.minSteps() + x.length - 1) / Math.max(1, x.length)));
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double lr = options.learningRate() / (1 + epoch);
            for (int i : order) {
                model.accumulate(x[i], scratch);
                gradient(scratch, y[i], grad, entryCount);
                update(x[i], postings, weights, grad, lr);
                for (int j = 0; j < scratch.size(); j++) {
                    grad[scratch.entry(j)] = 0;
                }
                grad[y[i]] = 0;
                scratch.clear();
            }
        }
    }

    /**
     * grad[c] = p(c) − [c = gold] for the touched entries; untouched ones have no weights to
     * change. The caller zeroes what was written before the next example.
     */
    private static void gradient(EntryModel.Scratch s, int gold, double[] grad, int entryCount) {
        double[] mz = EntryModel.normaliser(s, entryCount, 1.0);
        for (int i = 0; i < s.size(); i++) {
            int c = s.entry(i);
            grad[c] = Math.exp(s.logits[c] - mz[0]) / mz[1];
        }
        grad[gold] -= 1;
    }

    private static void update(SparseVector x, int[][] postings, float[][] weights, double[] grad, double lr) {
        for (int i = 0; i < x.size(); i++) {
            int f = x.ids()[i];
            float[] w = weights[f];
            if (w == null) {
                continue;
            }
            double step = lr * x.values()[i];
            int[] p = postings[f];
            if (p == null) {
                for (int c = 0; c < w.length; c++) {
                    w[c] -= (float) (step * grad[c]);
                }
            } else {
                for (int j = 0; j < p.length; j++) {
                    w[j] -= (float) (step * grad[p[j]]);
                }
            }
        }
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
