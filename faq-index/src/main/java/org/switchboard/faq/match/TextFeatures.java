package org.switchboard.faq.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.faq.Language;

/**
 * Turns a text into raw feature counts, keyed by feature string: word unigrams ({@code w:}),
 * word bigrams ({@code b:}) from the stemmed tokens, and character 2–5-grams ({@code c:}) cut
 * from each unstemmed token padded with spaces, which makes matching tolerant of typos and
 * inflection. Thread-safe when its {@link Tokens} are.
 */
public final class TextFeatures {
    static final int MIN_GRAM = 2;
    static final int MAX_GRAM = 5;

    private final Tokens tokens;
    private final Embedder embedder;
    private final float embeddingWeight;

    public TextFeatures(Tokens tokens) {
        this(tokens, null, 0);
    }

    /** With an embedder whose vector (scaled by {@code embeddingWeight}) is appended to the features. */
    public TextFeatures(Tokens tokens, Embedder embedder, float embeddingWeight) {
        this.tokens = tokens;
        this.embedder = embedder;
        this.embeddingWeight = embeddingWeight;
    }

    /** The same features without the embedding. */
    TextFeatures withoutEmbedder() {
        return embedder == null ? this : new TextFeatures(tokens);
    }

    /** The same features with another embedder (e.g. one weighted for a new corpus). */
    public TextFeatures withEmbedder(Embedder e) {
        return new TextFeatures(tokens, e, embeddingWeight);
    }

    Tokens tokens() {
        return tokens;
    }

    int denseDimension() {
        return embedder == null ? 0 : embedder.dimension();
    }

    /** Word features (group 0) and character features (group 1), each a map from feature to count. */
    Counts count(Language language, String text) {
        Map<String, Integer> words = new HashMap<>();
        List<String> w = tokens.words(language, text);
        for (int i = 0; i < w.size(); i++) {
            words.merge("w:" + w.get(i), 1, Integer::sum);
            if (i > 0) {
                words.merge("b:" + w.get(i - 1) + ' ' + w.get(i), 1, Integer::sum);
            }
        }
        Map<String, Integer> chars = new HashMap<>();
        for (String token : tokens.surface(language, text)) {
            String padded = ' ' + token + ' ';
            for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    chars.merge("c:" + padded.substring(i, i + n), 1, Integer::sum);
                }
                if (n >= padded.length()) {
                    break;
                }
            }
        }
        return new Counts(words, chars, dense(language, text));
    }

    /** The scaled embedding of a text (empty without an embedder). */
    float[] dense(Language language, String text) {
        float[] dense = embedder == null ? new float[0] : embedder.embed(language, text);
        for (int i = 0; i < dense.length; i++) {
            dense[i] *= embeddingWeight;
        }
        return dense;
    }

    /** Raw counts of the two feature groups. */
    record Counts(Map<String, Integer> words, Map<String, Integer> chars, float[] dense) {
        Counts withDense(float[] d) {
            return new Counts(words, chars, d);
        }
    }
}
