package org.switchboard.faq.match;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.faq.Language;

/**
 * Sentence vectors from a static table of WordPiece vectors (distilled from a sentence encoder
 * by embedding each vocabulary piece alone): a text's vector is the normalised mean of its
 * pieces' vectors. Costs microseconds where running the encoder costs milliseconds. The table
 * is English: other languages get a zero vector. Immutable and thread-safe.
 */
public final class StaticEmbedder implements Embedder {
    private final WordPiece wordPiece;
    private final float[][] vectors;
    private final int dimension;
    private final float[] weights;

    private StaticEmbedder(WordPiece wordPiece, float[][] vectors, int dimension, float[] weights) {
        this.wordPiece = wordPiece;
        this.vectors = vectors;
        this.dimension = dimension;
        this.weights = weights;
    }

    /**
     * This table with each piece weighted by its inverse document frequency in {@code texts} (a
     * corpus's phrasings), so that pieces every question shares ("how", "do", "i") count less.
     */
    public StaticEmbedder weightedBy(java.util.Collection<String> texts) {
        int[] df = new int[vectors.length];
        for (String t : texts) {
            wordPiece.ids(t).stream().distinct().forEach(id -> df[id]++);
        }
        float[] w = new float[vectors.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) Math.log((1.0 + texts.size()) / (1.0 + df[i]));
        }
        return new StaticEmbedder(wordPiece, vectors, dimension, w);
    }

    /** The table shipped with Switchboard, distilled from all-MiniLM-L6-v2 (see docs/faq-quality.md). */
    public static StaticEmbedder english() {
        try (InputStream in = StaticEmbedder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static final String RESOURCE = "/org/switchboard/faq/match/minilm-pieces.bin";

    /**
     * Reads a table: int count, int dimension, then per piece its UTF string, a float scale and
     * dimension signed bytes (value = byte × scale / 127).
     */
    public static StaticEmbedder read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
        int count = in.readInt();
        int dimension = in.readInt();
        Map<String, Integer> vocabulary = new HashMap<>(count * 2);
        float[][] vectors = new float[count][];
        byte[] row = new byte[dimension];
        for (int i = 0; i < count; i++) {
            vocabulary.put(in.readUTF(), i);
            float scale = in.readFloat() / 127f;
            in.readFully(row);
            vectors[i] = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vectors[i][d] = row[d] * scale;
            }
        }
        return new StaticEmbedder(new WordPiece(vocabulary), vectors, dimension, null);
    }

    /** Writes float vectors in the format {@link #read} reads, quantised to one byte per value. */
    public static void write(java.io.DataOutputStream out, List<String> pieces, List<float[]> vectors) throws IOException {
        out.writeInt(pieces.size());
        out.writeInt(vectors.get(0).length);
        for (int i = 0; i < pieces.size(); i++) {
            float[] v = vectors.get(i);
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            out.writeUTF(pieces.get(i));
            out.writeFloat(max);
            for (float x : v) {
                out.writeByte(max == 0 ? 0 : Math.round(x / max * 127));
            }
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(Language language, String text) {
        float[] sum = new float[dimension];
        if (language != Language.ENGLISH) {
            return sum;
        }
        List<Integer> ids = wordPiece.ids(text);
        for (int id : ids) {
            float[] v = vectors[id];
            float w = weights == null ? 1 : weights[id];
            for (int d = 0; d < dimension; d++) {
                sum[d] += w * v[d];
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dimension; d++) {
                sum[d] *= inv;
            }
        }
        return sum;
    }
}
