package org.switchboard.faq.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.faq.Language;

class StaticEmbedderTest {
    private static final Language EN = Language.ENGLISH;
    private static final StaticEmbedder ENGLISH = StaticEmbedder.english();
    /** A synthetic table: each word piece points along its own axis. */
    private static final List<String> AXES = List.of("[PAD]", "[UNK]", "how", "do", "i", "reset", "password", "check", "weather");

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static byte[] table(List<String> pieces, List<float[]> vectors) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            StaticEmbedder.write(out, pieces, vectors);
        }
        return bytes.toByteArray();
    }

    private static StaticEmbedder axes() throws IOException {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < AXES.size(); i++) {
            float[] v = new float[AXES.size()];
            v[i] = i < 2 ? 0 : 1;
            vectors.add(v);
        }
        return StaticEmbedder.read(new ByteArrayInputStream(table(AXES, vectors)));
    }

    private static float[] axis(String piece) {
        float[] v = new float[AXES.size()];
        v[AXES.indexOf(piece)] = 1;
        return v;
    }

    @Test
    void loadsTheShippedTable() {
        assertEquals(384, ENGLISH.dimension());
    }

    @Test
    void givesUnitVectorsForEnglishText() {
        for (String text : List.of("how do I reset my password", "refund", "Where's my parcel?!", "zzqxv")) {
            float[] v = ENGLISH.embed(EN, text);
            assertEquals(384, v.length);
            assertEquals(1.0, norm(v), 1e-5, text);
        }
    }

    @Test
    void givesTheZeroVectorForTextWithNoPieces() {
        assertEquals(0.0, norm(ENGLISH.embed(EN, "")));
        assertEquals(0.0, norm(ENGLISH.embed(EN, "   ")));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void givesTheZeroVectorForOtherLanguages(Language language) {
        float[] v = ENGLISH.embed(language, "how do I reset my password");
        assertEquals(384, v.length);
        assertEquals(0.0, norm(v));
    }

    @Test
    void placesParaphrasesCloserThanUnrelatedQuestions() {
        float[] reset = ENGLISH.embed(EN, "how do I reset my password");
        float[] forgot = ENGLISH.embed(EN, "I forgot my password");
        float[] weather = ENGLISH.embed(EN, "what's the weather in Paris");
        double paraphrase = cosine(reset, forgot);
        double unrelated = cosine(reset, weather);
        assertTrue(paraphrase > unrelated + 0.1, "paraphrase " + paraphrase + ", unrelated " + unrelated);
    }

    @Test
    void keepsTheRankingWhenWeightedByACorpus() {
        StaticEmbedder weighted = ENGLISH.weightedBy(List.of("how do I reset my password", "how do I get a refund",
                "how do I track my parcel", "what are your opening hours", "how do I delete my account"));
        float[] reset = weighted.embed(EN, "how do I reset my password");
        double paraphrase = cosine(reset, weighted.embed(EN, "I forgot my password"));
        double unrelated = cosine(reset, weighted.embed(EN, "what's the weather in Paris"));
        assertTrue(paraphrase > unrelated + 0.1, "paraphrase " + paraphrase + ", unrelated " + unrelated);
        assertEquals(1.0, norm(reset), 1e-5);
    }

    @Test
    void weightedByLowersPiecesEveryTextShares() throws IOException {
        StaticEmbedder plain = axes();
        StaticEmbedder weighted = plain.weightedBy(List.of("how do i reset password", "how do i check weather"));
        float[] before = plain.embed(EN, "how reset");
        float[] after = weighted.embed(EN, "how reset");
        assertEquals(Math.sqrt(0.5), cosine(before, axis("how")), 1e-6);
        assertEquals(0.0, cosine(after, axis("how")), 1e-6, "'how' is in every text: weight log(3/3) = 0");
        assertEquals(1.0, cosine(after, axis("reset")), 1e-6);
        float[] both = weighted.embed(EN, "reset weather");
        assertEquals(cosine(both, axis("reset")), cosine(both, axis("weather")), 1e-6, "pieces in one text each weigh the same");
        float[] unseen = weighted.embed(EN, "reset password password");
        assertTrue(cosine(unseen, axis("password")) > cosine(unseen, axis("reset")), "repeats still add up");
    }

    @Test
    void weightedByLeavesTheOriginalTableUnweighted() throws IOException {
        StaticEmbedder plain = axes();
        plain.weightedBy(List.of("how reset", "how check"));
        assertEquals(Math.sqrt(0.5), cosine(plain.embed(EN, "how reset"), axis("how")), 1e-6);
    }

    @Test
    void ignoresUnknownPiecesWhoseVectorIsZero() throws IOException {
        assertArrayEquals(axis("reset"), axes().embed(EN, "reset qqq"), 1e-6f);
    }

    @Test
    void writeThenReadKeepsDirectionsWithinQuantisationError() throws IOException {
        java.util.Random random = new java.util.Random(1);
        List<String> pieces = List.of("[PAD]", "[UNK]", "alpha", "beta", "gamma", "zero");
        List<float[]> vectors = new ArrayList<>();
        for (String p : pieces) {
            float[] v = new float[16];
            for (int d = 0; d < v.length && p.length() == 5 && !p.equals("zero"); d++) {
                v[d] = (float) random.nextGaussian() * 0.1f;
            }
            vectors.add(v);
        }
        byte[] bytes = table(pieces, vectors);
        assertEquals(8 + pieces.stream().mapToInt(p -> 2 + p.length() + 4 + 16).sum(), bytes.length);
        assertArrayEquals(bytes, table(pieces, vectors), "writing is deterministic");
        StaticEmbedder read = StaticEmbedder.read(new ByteArrayInputStream(bytes));
        assertEquals(16, read.dimension());
        for (String p : List.of("alpha", "gamma")) {
            double c = cosine(read.embed(EN, p), vectors.get(pieces.indexOf(p)));
            assertTrue(c > 0.999 && c <= 1 + 1e-6, p + ": " + c);
        }
        assertEquals(0.0, norm(read.embed(EN, "zero")), "a zero vector stays zero");
        assertEquals(1.0, cosine(read.embed(EN, "zero alpha"), read.embed(EN, "alpha")), 1e-6);
    }

    @Test
    void failsOnATruncatedTable() throws IOException {
        byte[] bytes = table(AXES, AXES.stream().map(p -> axis(p)).toList());
        assertThrows(EOFException.class, () -> StaticEmbedder.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 1))));
    }
}
