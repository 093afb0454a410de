package org.switchboard.faq.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArraySet;
import org.switchboard.faq.Language;
import org.switchboard.faq.analysis.FaqAnalyzers;

/**
 * The TF-IDF vectors of one set of questions in one language, and the similarity of any two.
 * Two groups of features, each L2-normalised on its own: the words (the language's folded,
 * stemmed tokens less its stop words, so "do you" does not make questions alike) and the
 * character trigrams of the folded, unstemmed words padded with spaces (so "furnature" still
 * meets "furniture"). The inverse document frequencies come from the set itself, smoothed:
 * {@code ln((1 + n) / (1 + df)) + 1}. Immutable once built.
 */
final class QuestionVectors {
    /** Characters of a question analysed; a longer text is cut (a public post may be long). */
    static final int MAX_CHARS = 1_000;
    private static final int GRAM = 3;

    private final Sparse[] words;
    private final Sparse[] grams;
    private final double wordWeight;

    private QuestionVectors(Sparse[] words, Sparse[] grams, double wordWeight) {
        this.words = words;
        this.grams = grams;
        this.wordWeight = wordWeight;
    }

    static QuestionVectors of(FaqAnalyzers analyzers, Language language, List<String> texts, double wordWeight) {
        CharArraySet stop = analyzers.stopwords(language);
        List<List<String>> wordFeatures = new ArrayList<>();
        List<List<String>> gramFeatures = new ArrayList<>();
        for (String text : texts) {
            String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
            List<String> all = FaqAnalyzers.tokens(analyzers.words(language), t);
            List<String> content = all.stream().filter(w -> !stop.contains(w)).toList();
            wordFeatures.add(content.isEmpty() ? all : content); // a question of stop words only keeps them
            List<String> surface = FaqAnalyzers.tokens(analyzers.surface(language), t);
            List<String> kept = surface.stream().filter(w -> !stop.contains(w)).toList();
            List<String> g = new ArrayList<>();
            for (String token : kept.isEmpty() ? surface : kept) {
                String padded = " " + token + " ";
                for (int i = 0; i + GRAM <= padded.length(); i++) {
                    g.add(padded.substring(i, i + GRAM));
                }
            }
            gramFeatures.add(g);
        }
        return new QuestionVectors(weigh(wordFeatures), weigh(gramFeatures), wordWeight);
    }

    int size() {
        return words.length;
    }

    /** Cosine of the words times the word weight plus cosine of the trigrams times the rest: 0..1. */
    double similarity(int a, int b) {
        return wordWeight * words[a].dot(words[b]) + (1 - wordWeight) * grams[a].dot(grams[b]);
    }

    /**
     * Every pair's {@link #similarity}, as a symmetric matrix (1 on the diagonal). Computed from
     * the features' posting lists, so pairs that share nothing cost nothing.
     */
    float[][] matrix() {
        int n = size();
        float[][] m = new float[n][n];
        accumulate(words, wordWeight, m);
        accumulate(grams, 1 - wordWeight, m);
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                m[i][j] = Math.min(1f, m[i][j]);
                m[j][i] = m[i][j];
            }
        }
        return m;
    }

    /** Adds {@code weight} times every pair's dot product to the upper triangle of {@code m}. */
    private static void accumulate(Sparse[] vectors, double weight, float[][] m) {
        int features = 0;
        for (Sparse v : vectors) {
            for (int f : v.idx) {
                features = Math.max(features, f + 1);
            }
        }
        int[] df = new int[features];
        for (Sparse v : vectors) {
            for (int f : v.idx) {
                df[f]++;
            }
        }
        int[][] docs = new int[features][];
        double[][] values = new double[features][];
        for (int f = 0; f < features; f++) {
            docs[f] = new int[df[f]];
            values[f] = new double[df[f]];
        }
        int[] fill = new int[features];
        for (int d = 0; d < vectors.length; d++) { // documents in order: each posting list ascends
            Sparse v = vectors[d];
            for (int k = 0; k < v.idx.length; k++) {
                int f = v.idx[k];
                docs[f][fill[f]] = d;
                values[f][fill[f]++] = v.w[k];
            }
        }
        for (int f = 0; f < features; f++) {
            int[] ds = docs[f];
            double[] ws = values[f];
            for (int a = 0; a < ds.length; a++) {
                float[] row = m[ds[a]];
                double wa = weight * ws[a];
                for (int b = a + 1; b < ds.length; b++) {
                    row[ds[b]] += (float) (wa * ws[b]);
                }
            }
        }
    }

    private static Sparse[] weigh(List<List<String>> features) {
        Map<String, Integer> ids = new TreeMap<>(); // sorted, so ids do not depend on hashing
        for (List<String> f : features) {
            f.forEach(x -> ids.putIfAbsent(x, 0));
        }
        int next = 0;
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            e.setValue(next++);
        }
        int[] df = new int[ids.size()];
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        for (List<String> f : features) {
            Map<Integer, Integer> tf = new HashMap<>();
            f.forEach(x -> tf.merge(ids.get(x), 1, Integer::sum));
            tf.keySet().forEach(id -> df[id]++);
            counts.add(tf);
        }
        int n = features.size();
        Sparse[] out = new Sparse[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> tf = counts.get(i);
            int[] idx = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] w = new double[idx.length];
            double norm = 0;
            for (int k = 0; k < idx.length; k++) {
                double idf = Math.log((1.0 + n) / (1.0 + df[idx[k]])) + 1;
                w[k] = (1 + Math.log(tf.get(idx[k]))) * idf;
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < w.length; k++) {
                w[k] /= norm;
            }
            out[i] = new Sparse(idx, w);
        }
        return out;
    }

    /** A unit vector with its non-zero components in index order. */
    private record Sparse(int[] idx, double[] w) {
        double dot(Sparse o) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < idx.length && j < o.idx.length) {
                if (idx[i] == o.idx[j]) {
                    sum += w[i++] * o.w[j++];
                } else if (idx[i] < o.idx[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return Math.min(1, sum);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sparse s && Arrays.equals(idx, s.idx) && Arrays.equals(w, s.w);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(idx);
        }
    }
}
