package org.switchboard.faq.match;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features a model knows, each with its group (words or characters) and inverse document
 * frequency. Turns {@link TextFeatures.Counts} into a TF-IDF vector in which each group is
 * L2-normalised on its own, so neither group drowns the other. Immutable and thread-safe.
 */
final class Vocabulary {
    private final Map<String, Integer> ids;
    private final String[] names;
    private final float[] idf;
    /**
     * The same ids as {@link #ids} in an open-addressing table, so {@link #id(char[], int)} looks a
     * feature up from its characters without making a String: slot {@code k} holds a name's
     * String hash at {@code 2k} and its id + 1 at {@code 2k + 1} (0: empty), and the names'
     * characters lie end to end in {@link #chars} ({@link #starts} has each one's offset). A
     * lookup so reads one slot and one run of characters, not a String and its array.
     */
    private final int[] slots;
    private final char[] chars;
    private final int[] starts;

    private Vocabulary(String[] names, float[] idf) {
        this.names = names;
        this.idf = idf;
        this.ids = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            ids.put(names[i], i);
        }
        this.slots = new int[Integer.highestOneBit(Math.max(4, names.length * 3)) * 4];
        this.starts = new int[names.length + 1];
        for (int i = 0; i < names.length; i++) {
            starts[i + 1] = starts[i] + names[i].length();
        }
        this.chars = new char[starts[names.length]];
        for (int i = 0; i < names.length; i++) {
            names[i].getChars(0, names[i].length(), chars, starts[i]);
            int h = names[i].hashCode();
            int at = slot(h);
            while (slots[at + 1] != 0) {
                at = (at + 2) & (slots.length - 1);
            }
            slots[at] = h;
            slots[at + 1] = i + 1;
        }
    }

    /** The id of the feature spelled by {@code key[0..length)}, or -1 when unknown. */
    int id(char[] key, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + key[i];
        }
        int mask = slots.length - 1;
        for (int at = slot(h); slots[at + 1] != 0; at = (at + 2) & mask) {
            int id = slots[at + 1] - 1;
            if (slots[at] == h && spells(id, key, length)) {
                return id;
            }
        }
        return -1;
    }

    /** Where a hash's probe starts (an even index): its bits mixed, as short strings' hashes differ mostly in their low bits. */
    private int slot(int hash) {
        return ((hash * 0x9E3779B9) >>> (33 - Integer.numberOfTrailingZeros(slots.length))) << 1;
    }

    private boolean spells(int id, char[] key, int length) {
        int from = starts[id];
        if (starts[id + 1] - from != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[from + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    /** The feature's inverse document frequency. */
    float idf(int id) {
        return idf[id];
    }

    /** Whether the feature is a character n-gram (group 1) rather than a word or bigram (group 0). */
    boolean isChars(int id) {
        int from = starts[id];
        return starts[id + 1] - from > 1 && chars[from] == 'c' && chars[from + 1] == ':';
    }

    /** Builds the vocabulary from training texts; character features seen in fewer than {@code minCharDf} texts are dropped. */
    static Vocabulary build(List<TextFeatures.Counts> docs, int minCharDf) {
        Map<String, Integer> df = new HashMap<>();
        for (TextFeatures.Counts d : docs) {
            d.words().keySet().forEach(f -> df.merge(f, 1, Integer::sum));
            d.chars().keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        List<String> kept = new ArrayList<>();
        df.forEach((f, n) -> {
            if (!f.startsWith("c:") || n >= minCharDf) {
                kept.add(f);
            }
        });
        kept.sort(null);
        String[] names = kept.toArray(String[]::new);
        float[] idf = new float[names.length];
        int n = docs.size();
        for (int i = 0; i < names.length; i++) {
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(names[i]))) + 1.0);
        }
        return new Vocabulary(names, idf);
    }

    int size() {
        return names.length;
    }

    /**
     * This vocabulary with the features of {@code docs} that it lacks appended (ids after the
     * existing ones, so existing ids stay), each weighted as if the corpus had {@code corpusSize}
     * texts of which only these docs have it. Used to refine a model for changed entries that
     * bring new words; a full build recomputes every weight.
     */
    Vocabulary extendedWith(List<TextFeatures.Counts> docs, int corpusSize) {
        Map<String, Integer> df = new java.util.LinkedHashMap<>();
        for (TextFeatures.Counts d : docs) {
            for (String f : d.words().keySet()) {
                if (!ids.containsKey(f)) {
                    df.merge(f, 1, Integer::sum);
                }
            }
            for (String f : d.chars().keySet()) {
                if (!ids.containsKey(f)) {
                    df.merge(f, 1, Integer::sum);
                }
            }
        }
        if (df.isEmpty()) {
            return this;
        }
        List<String> added = new ArrayList<>(df.keySet());
        added.sort(null);
        String[] n2 = Arrays.copyOf(names, names.length + added.size());
        float[] idf2 = Arrays.copyOf(idf, idf.length + added.size());
        int n = Math.max(corpusSize, docs.size());
        for (int i = 0; i < added.size(); i++) {
            n2[names.length + i] = added.get(i);
            idf2[names.length + i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(added.get(i)))) + 1.0);
        }
        return new Vocabulary(n2, idf2);
    }

    String name(int id) {
        return names[id];
    }

    /** The TF-IDF vector of a text's counts; unknown features are ignored. */
    SparseVector vector(TextFeatures.Counts counts) {
        int[] idsW = new int[counts.words().size()];
        float[] valW = new float[idsW.length];
        int nw = fill(counts.words(), idsW, valW);
        int[] idsC = new int[counts.chars().size()];
        float[] valC = new float[idsC.length];
        int nc = fill(counts.chars(), idsC, valC);
        normalise(valW, nw);
        normalise(valC, nc);
        SparseVector v = merge(idsW, valW, nw, idsC, valC, nc);
        float[] dense = counts.dense();
        if (dense.length == 0) {
            return v;
        }
        int[] ids2 = Arrays.copyOf(v.ids(), v.size() + dense.length);
        float[] vals2 = Arrays.copyOf(v.values(), v.size() + dense.length);
        for (int i = 0; i < dense.length; i++) {
            ids2[v.size() + i] = names.length + i;
            vals2[v.size() + i] = dense[i];
        }
        return new SparseVector(ids2, vals2);
    }

    private int fill(Map<String, Integer> counts, int[] outIds, float[] outVals) {
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id != null) {
                outIds[n] = id;
                outVals[n] = (float) ((1 + Math.log(e.getValue())) * idf[id]);
                n++;
            }
        }
        return n;
    }

    private static void normalise(float[] v, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += v[i] * v[i];
        }
        if (sum > 0) {
            float inv = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < n; i++) {
                v[i] *= inv;
            }
        }
    }

    private static SparseVector merge(int[] a, float[] av, int na, int[] b, float[] bv, int nb) {
        long[] packed = new long[na + nb];
        float[] vals = new float[na + nb];
        for (int i = 0; i < na; i++) {
            packed[i] = ((long) a[i] << 32) | i;
        }
        for (int i = 0; i < nb; i++) {
            packed[na + i] = ((long) b[i] << 32) | (na + i);
        }
        Arrays.sort(packed);
        int[] ids = new int[packed.length];
        for (int i = 0; i < packed.length; i++) {
            ids[i] = (int) (packed[i] >>> 32);
            int src = (int) packed[i];
            vals[i] = src < na ? av[src] : bv[src - na];
        }
        return new SparseVector(ids, vals);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(names.length);
        for (int i = 0; i < names.length; i++) {
            out.writeUTF(names[i]);
            out.writeFloat(idf[i]);
        }
    }

    static Vocabulary read(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] names = new String[n];
        float[] idf = new float[n];
        for (int i = 0; i < n; i++) {
            names[i] = in.readUTF();
            idf[i] = in.readFloat();
        }
        return new Vocabulary(names, idf);
    }
}
