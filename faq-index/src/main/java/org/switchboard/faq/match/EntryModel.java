package org.switchboard.faq.match;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.switchboard.faq.Language;

/**
 * A multinomial logistic model over FAQ entries, stored as a re-weighted inverted index: each
 * feature lists the entries it counts for and a learned weight for each. A text's score for an
 * entry is the dot product of its TF-IDF vector with that entry's weights; probabilities are the
 * softmax over <em>all</em> entries (entries sharing no feature with the text score 0).
 *
 * <p>Small corpora get a dense model (every feature may count for or against every entry), large
 * ones a sparse one (a feature counts only for the entries whose phrasings contain it, and
 * features shared by too many entries are dropped), which keeps memory and latency linear in the
 * corpus. Immutable after training and thread-safe.
 */
public final class EntryModel {
    private static final int FORMAT = 2;

    private final TextFeatures features;
    private final Vocabulary vocabulary;
    /** Classes: the entries, then (optionally) the out-of-scope background class. */
    private final int classCount;
    /** Entries that can be answered with: classes 0..answerable-1. */
    private final int answerable;
    /** Per feature: the entries it counts for, or null when dense (all entries). */
    private final int[][] postings;
    /** Per feature: the weights, aligned with postings (or indexed by entry when dense). */
    private final float[][] weights;

    EntryModel(TextFeatures features, Vocabulary vocabulary, int classCount, int answerable, int[][] postings, float[][] weights) {
        this.features = features;
        this.vocabulary = vocabulary;
        this.classCount = classCount;
        this.answerable = answerable;
        this.postings = postings;
        this.weights = weights;
        this.denseRows = allNull(postings);
    }

    /** Whether every feature counts for every entry (no postings at all): scoring takes {@link #accumulateDense}. */
    private final boolean denseRows;

    private static boolean allNull(int[][] postings) {
        for (int[] p : postings) {
            if (p != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy of this model for another list of entries, to be refined by
     * {@link EntryModelTrainer#refine}: entry {@code i} of the copy starts with the weights of
     * entry {@code from[i]} of this model ({@code -1}: a new entry, no weights yet); the background
     * class is kept; vocabulary and features are this model's (new words are unknown until a full
     * training). In a sparse model the copy's new or changed entries get a (zero) weight on every
     * feature their phrasings have, as full training would give them.
     *
     * @param from        for each entry of the copy, its entry in this model or -1
     * @param newFeatures for each entry of the copy, the feature vectors of its phrasings when it is new or changed, else null
     */
    EntryModel remapped(int[] from, Vocabulary extended, SparseVector[][] newFeatures) {
        int oldWords = vocabulary.size();
        int newWords = extended.size();
        int rows = newWords + (weights.length - oldWords); // words, then the sentence-vector dimensions
        int entries = from.length;
        int classes = entries + (background() ? 1 : 0);
        int[] to = new int[classCount]; // this model's class → the copy's, or -1
        Arrays.fill(to, -1);
        for (int i = 0; i < entries; i++) {
            if (from[i] >= 0) {
                to[from[i]] = i;
            }
        }
        if (background()) {
            to[answerable] = entries;
        }
        int[][] p2 = new int[rows][];
        float[][] w2 = new float[rows][];
        boolean isDense = dense();
        for (int f2 = 0; f2 < rows; f2++) {
            int f = f2 < oldWords ? f2 : f2 < newWords ? -1 : f2 - newWords + oldWords;
            if (f < 0) { // a new word: no weights yet
                if (isDense) {
                    w2[f2] = new float[classes];
                } else {
                    p2[f2] = new int[0];
                    w2[f2] = new float[0];
                }
                continue;
            }
            float[] w = weights[f];
            if (w == null) {
                p2[f2] = postings[f];
                continue;
            }
            if (isDense) {
                float[] copy = new float[classes];
                for (int c = 0; c < classCount; c++) {
                    if (to[c] >= 0) {
                        copy[to[c]] = w[c];
                    }
                }
                w2[f2] = copy;
            } else {
                int[] p = postings[f];
                int n = 0;
                int[] np = new int[p.length];
                float[] nw = new float[p.length];
                for (int j = 0; j < p.length; j++) {
                    if (to[p[j]] >= 0) {
                        np[n] = to[p[j]];
                        nw[n++] = w[j];
                    }
                }
                p2[f2] = Arrays.copyOf(np, n);
                w2[f2] = Arrays.copyOf(nw, n);
            }
        }
        if (!isDense) {
            for (int i = 0; i < entries; i++) {
                if (newFeatures[i] == null) {
                    continue;
                }
                for (SparseVector x : newFeatures[i]) {
                    for (int k = 0; k < x.size(); k++) {
                        int f = x.ids()[k];
                        if (f < w2.length && w2[f] != null && !contains(p2[f], i)) {
                            int at = p2[f].length;
                            p2[f] = Arrays.copyOf(p2[f], at + 1);
                            w2[f] = Arrays.copyOf(w2[f], at + 1);
                            p2[f][at] = i;
                        }
                    }
                }
            }
        }
        return new EntryModel(features, extended, classes, entries, isDense ? new int[rows][] : p2, w2);
    }

    private static boolean contains(int[] a, int value) {
        for (int v : a) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** The feature vector of a text as this model sees it (its vocabulary and features). */
    SparseVector vector(Language language, String text) {
        return vocabulary.vector(features.count(language, text));
    }

    /** A text's feature counts (before the vocabulary weighs them). */
    TextFeatures.Counts counts(Language language, String text) {
        return features.count(language, text);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    TextFeatures features() {
        return features;
    }

    /** The weights and postings, for refining in place. */
    float[][] weights() {
        return weights;
    }

    int[][] postings() {
        return postings;
    }

    int classCount() {
        return classCount;
    }

    /** How many entries the model ranks (the background class excluded). */
    public int entryCount() {
        return answerable;
    }

    /** Whether an out-of-scope background class takes probability away from the entries. */
    public boolean background() {
        return classCount > answerable;
    }

    /** How many features the model knows. */
    public int featureCount() {
        return vocabulary.size();
    }

    /** Whether every feature has a weight for every entry. */
    public boolean dense() {
        for (int f = 0; f < postings.length; f++) {
            if (weights[f] != null) {
                return postings[f] == null;
            }
        }
        return false;
    }

    /** Whether sentence embeddings are among the features. */
    public boolean embeddings() {
        return features.denseDimension() > 0;
    }

    /** The {@code k} best entries for a text, with probabilities computed at {@code temperature}. */
    public Scores score(Language language, String text, int k, double temperature) {
        Scratch s = scratch.get();
        if (s.query == null) {
            s.query = new QueryVector(vocabulary.size());
        }
        try {
            s.query.fill(features, vocabulary, language, text);
            accumulate(s.query.ids(), s.query.values, s.query.size, s);
            return top(s, k, temperature);
        } finally {
            s.clear();
        }
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(this::newScratch);

    Scratch newScratch() {
        return new Scratch(classCount);
    }

    /**
     * Per-thread working memory for scoring: logits, and which entries have any (so a sparse
     * model only ever visits the entries a text touches).
     */
    static final class Scratch {
        final double[] logits;
        final boolean[] touched;
        int[] list = new int[64];
        int count;
        boolean all;
        /** The question's features while scoring (made on first use: training scratch needs none). */
        QueryVector query;
        /** A dense model's weight rows of the question's features, and their values. */
        private float[][] rows = new float[0][];
        float[] rowValues = new float[0];

        float[][] rows(int size) {
            if (rows.length < size) {
                rows = new float[size][];
                rowValues = new float[size];
            }
            return rows;
        }

        Scratch(int entries) {
            logits = new double[entries];
            touched = new boolean[entries];
        }

        void touch(int c) {
            if (!touched[c]) {
                touched[c] = true;
                if (count == list.length) {
                    list = Arrays.copyOf(list, count * 2);
                }
                list[count++] = c;
            }
        }

        int size() {
            return all ? logits.length : count;
        }

        int entry(int i) {
            return all ? i : list[i];
        }

        void clear() {
            if (all) {
                Arrays.fill(logits, 0);
                Arrays.fill(touched, false);
            } else {
                for (int i = 0; i < count; i++) {
                    logits[list[i]] = 0;
                    touched[list[i]] = false;
                }
            }
            count = 0;
            all = false;
        }
    }

    /** Adds x's contribution to each entry's logit in the scratch, noting the entries touched. */
    void accumulate(SparseVector x, Scratch s) {
        accumulate(x.ids(), x.values(), x.size(), s);
    }

    /** Like {@link #accumulate(SparseVector, Scratch)} for the first {@code size} ids and values. */
    private void accumulate(int[] ids, float[] values, int size, Scratch s) {
        if (denseRows) {
            accumulateDense(ids, values, size, s);
            return;
        }
        double[] logits = s.logits;
        for (int i = 0; i < size; i++) {
            int f = ids[i];
            float v = values[i];
            float[] w = weights[f];
            int[] p = postings[f];
            if (w == null) {
                continue;
            }
            if (p == null) {
                for (int c = 0; c < w.length; c++) {
                    logits[c] += v * w[c];
                }
                s.all = true;
            } else {
                for (int j = 0; j < p.length; j++) {
                    int c = p[j];
                    logits[c] += v * w[j];
                    s.touch(c);
                }
            }
        }
    }

    /**
     * {@link #accumulate} for a dense model, four features at a time: each logit still receives
     * the features' products in feature order (so the sums are bit-identical), but it is loaded
     * and stored once per four features instead of once per feature.
     */
    private void accumulateDense(int[] ids, float[] values, int size, Scratch s) {
        double[] logits = s.logits;
        int i = 0;
        int n = 0;
        float[][] rows = s.rows(size);
        float[] v = s.rowValues;
        for (; i < size; i++) {
            float[] w = weights[ids[i]];
            if (w != null) {
                rows[n] = w;
                v[n++] = values[i];
            }
        }
        if (n > 0) {
            s.all = true;
        }
        int j = 0;
        for (; j + 4 <= n; j += 4) {
            float[] w0 = rows[j], w1 = rows[j + 1], w2 = rows[j + 2], w3 = rows[j + 3];
            float v0 = v[j], v1 = v[j + 1], v2 = v[j + 2], v3 = v[j + 3];
            for (int c = 0; c < classCount; c++) {
                double l = logits[c];
                l += v0 * w0[c];
                l += v1 * w1[c];
                l += v2 * w2[c];
                l += v3 * w3[c];
                logits[c] = l;
            }
        }
        for (; j < n; j++) {
            float[] w = rows[j];
            float x = v[j];
            for (int c = 0; c < classCount; c++) {
                logits[c] += x * w[c];
            }
        }
    }

    /** The softmax normaliser's pieces: {max logit, z}, untouched entries counting with logit 0. */
    static double[] normaliser(Scratch s, int classCount, double temperature) {
        double max = 0;
        int n = s.size();
        for (int i = 0; i < n; i++) {
            max = Math.max(max, s.logits[s.entry(i)]);
        }
        double z = (classCount - n) * Math.exp(-max / temperature);
        for (int i = 0; i < n; i++) {
            z += Math.exp((s.logits[s.entry(i)] - max) / temperature);
        }
        return new double[] {max, z};
    }

    private Scores top(Scratch s, int k, double temperature) {
        double[] mz = normaliser(s, classCount, temperature);
        double max = mz[0];
        double z = mz[1];
        int touchedCount = s.size();
        int n = Math.min(k, touchedCount);
        int[] best = new int[n];
        double[] bestLogit = new double[n];
        Arrays.fill(bestLogit, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < touchedCount; i++) {
            int c = s.entry(i);
            double l = s.logits[c];
            if (n == 0 || c >= answerable || l <= bestLogit[n - 1]) {
                continue;
            }
            int pos = n - 1;
            while (pos > 0 && l > bestLogit[pos - 1]) {
                bestLogit[pos] = bestLogit[pos - 1];
                best[pos] = best[pos - 1];
                pos--;
            }
            bestLogit[pos] = l;
            best[pos] = c;
        }
        if (!s.all && n > 0 && bestLogit[n - 1] < 0 && touchedCount < answerable) {
            return withUntouched(s, best, bestLogit, n, Math.min(k, answerable), max, z, temperature);
        }
        double[] prob = new double[n];
        for (int i = 0; i < n; i++) {
            prob[i] = Math.exp((bestLogit[i] - max) / temperature) / z;
        }
        return new Scores(best, prob);
    }

    /**
     * The top list when entries no feature touched (logit 0) outrank touched ones with negative
     * logits: they are merged in, in entry order, so the list is always the most probable entries.
     */
    private Scores withUntouched(Scratch s, int[] best, double[] bestLogit, int n, int k, double max, double z,
                                 double temperature) {
        int[] ids = new int[k];
        double[] logits = new double[k];
        int out = 0;
        int i = 0;
        for (int c = 0; c < answerable && out < k; c++) {
            if (s.touched[c]) {
                continue;
            }
            while (i < n && bestLogit[i] >= 0 && out < k) {
                ids[out] = best[i];
                logits[out++] = bestLogit[i++];
            }
            if (out < k) {
                ids[out] = c;
                logits[out++] = 0;
            }
        }
        while (i < n && out < k) {
            ids[out] = best[i];
            logits[out++] = bestLogit[i++];
        }
        double[] prob = new double[out];
        for (int j = 0; j < out; j++) {
            prob[j] = Math.exp((logits[j] - max) / temperature) / z;
        }
        return new Scores(Arrays.copyOf(ids, out), prob);
    }

    /** Writes the model; {@link #read} restores it given the same {@link TextFeatures}. */
    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
        out.writeInt(FORMAT);
        out.writeInt(classCount);
        out.writeInt(answerable);
        out.writeInt(postings.length);
        vocabulary.write(out);
        for (int f = 0; f < postings.length; f++) {
            int[] p = postings[f];
            float[] w = weights[f];
            out.writeInt(w == null ? -2 : p == null ? -1 : p.length);
            if (p != null) {
                for (int c : p) {
                    out.writeInt(c);
                }
            }
            if (w != null) {
                for (float x : w) {
                    out.writeFloat(x);
                }
            }
        }
        out.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static EntryModel read(InputStream is, TextFeatures features) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("unknown model format " + format + " (expected " + FORMAT + ")");
        }
        int classCount = in.readInt();
        int answerable = in.readInt();
        int featureCount = in.readInt();
        Vocabulary vocabulary = Vocabulary.read(in);
        if (featureCount != vocabulary.size() + features.denseDimension()) {
            features = features.withoutEmbedder();
            if (featureCount != vocabulary.size()) {
                throw new IOException("model has " + featureCount + " features, vocabulary " + vocabulary.size());
            }
        }
        int[][] postings = new int[featureCount][];
        float[][] weights = new float[featureCount][];
        for (int f = 0; f < postings.length; f++) {
            int n = in.readInt();
            if (n == -2) {
                continue;
            }
            int len = n == -1 ? classCount : n;
            if (n >= 0) {
                postings[f] = new int[n];
                for (int i = 0; i < n; i++) {
                    postings[f][i] = in.readInt();
                }
            }
            weights[f] = new float[len];
            for (int i = 0; i < len; i++) {
                weights[f][i] = in.readFloat();
            }
        }
        return new EntryModel(features, vocabulary, classCount, answerable, postings, weights);
    }
}
