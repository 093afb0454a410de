package org.switchboard.faq.match;

import java.util.Arrays;
import java.util.List;
import org.switchboard.faq.Language;

/**
 * The feature vector of one question as {@link EntryModel#score} reads it, built in reusable
 * arrays: the same ids and values as {@code vocabulary.vector(features.count(language, text))},
 * but the features are counted straight into the vocabulary's ids (looked up from their
 * characters) instead of into maps of feature strings, and unknown features are never made.
 *
 * <p>The values are bit-identical to {@link Vocabulary#vector}'s: each is computed by the same
 * expression, and each group's L2 norm sums float squares into a double, which is exact whatever
 * the order for any text of up to a few thousand distinct known features (every value is at
 * least 1, so the squares span few binades). Entries are in increasing id order, dense
 * (embedding) dimensions last, as in a {@link SparseVector}.
 *
 * <p>Not thread-safe: one per thread and model ({@link EntryModel} keeps it in its per-thread
 * scratch).
 */
final class QueryVector {
    private final int[] counts;
    private int[] ids = new int[64];
    float[] values = new float[64];
    int size;
    private char[] key = new char[64];

    QueryVector(int vocabularySize) {
        counts = new int[vocabularySize];
    }

    int[] ids() {
        return ids;
    }

    /** Fills this vector with the text's features; the previous contents are dropped. */
    void fill(TextFeatures features, Vocabulary vocabulary, Language language, String text) {
        size = 0;
        countWords(features.tokens().words(language, text), vocabulary);
        countChars(features.tokens().surface(language, text), vocabulary);
        Arrays.sort(ids, 0, size);
        double wordSum = 0;
        double charSum = 0;
        for (int i = 0; i < size; i++) {
            int id = ids[i];
            float v = (float) ((1 + Math.log(counts[id])) * vocabulary.idf(id));
            counts[id] = 0;
            values[i] = v;
            if (vocabulary.isChars(id)) {
                charSum += v * v;
            } else {
                wordSum += v * v;
            }
        }
        float wordScale = wordSum > 0 ? (float) (1 / Math.sqrt(wordSum)) : 1;
        float charScale = charSum > 0 ? (float) (1 / Math.sqrt(charSum)) : 1;
        for (int i = 0; i < size; i++) {
            values[i] *= vocabulary.isChars(ids[i]) ? charScale : wordScale; // a scale of 1 (empty group) changes nothing
        }
        float[] dense = features.dense(language, text);
        for (int i = 0; i < dense.length; i++) {
            add(vocabulary.size() + i, dense[i]);
        }
    }

    /** {@code w:} word unigrams and {@code b:} bigrams, as {@link TextFeatures#count} spells them. */
    private void countWords(List<String> words, Vocabulary vocabulary) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int n = start('w', w.length());
            w.getChars(0, w.length(), key, n);
            count(vocabulary.id(key, n + w.length()));
            if (i > 0) {
                String prev = words.get(i - 1);
                n = start('b', prev.length() + 1 + w.length());
                prev.getChars(0, prev.length(), key, n);
                n += prev.length();
                key[n++] = ' ';
                w.getChars(0, w.length(), key, n);
                count(vocabulary.id(key, n + w.length()));
            }
        }
    }

    /** {@code c:} character 2–5-grams of each token padded with spaces, as {@link TextFeatures#count} cuts them. */
    private void countChars(List<String> tokens, Vocabulary vocabulary) {
        for (String token : tokens) {
            int length = token.length() + 2;
            for (int n = TextFeatures.MIN_GRAM; n <= TextFeatures.MAX_GRAM; n++) {
                for (int i = 0; i + n <= length; i++) {
                    int k = start('c', n);
                    for (int j = i; j < i + n; j++) {
                        key[k++] = j == 0 || j == length - 1 ? ' ' : token.charAt(j - 1);
                    }
                    count(vocabulary.id(key, k));
                }
                if (n >= length) {
                    break;
                }
            }
        }
    }

    /** Starts a key with its group's prefix ("w:") and room for {@code rest} more characters; returns where the rest goes. */
    private int start(char group, int rest) {
        if (key.length < rest + 2) {
            key = new char[Math.max(rest + 2, key.length * 2)];
        }
        key[0] = group;
        key[1] = ':';
        return 2;
    }

    private void count(int id) {
        if (id < 0) {
            return;
        }
        if (counts[id]++ == 0) {
            add(id, 0);
        }
    }

    private void add(int id, float value) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        ids[size] = id;
        values[size++] = value;
    }
}
