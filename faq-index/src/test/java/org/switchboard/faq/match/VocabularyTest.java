package org.switchboard.faq.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;

class VocabularyTest {
    private static final Language EN = Language.ENGLISH;
    private static final TextFeatures FEATURES = new TextFeatures(SimpleTokens.INSTANCE);

    private static List<TextFeatures.Counts> counts(TextFeatures f, String... texts) {
        return java.util.Arrays.stream(texts).map(t -> f.count(EN, t)).toList();
    }

    private static Set<String> names(Vocabulary v) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(v.name(i));
        }
        return out;
    }

    private static double groupNorm(Vocabulary v, SparseVector x, String... prefixes) {
        double sum = 0;
        for (int i = 0; i < x.size(); i++) {
            int id = x.ids()[i];
            if (id < v.size() && List.of(prefixes).contains(v.name(id).substring(0, 2))) {
                sum += x.values()[i] * x.values()[i];
            }
        }
        return Math.sqrt(sum);
    }

    private static double weight(Vocabulary v, SparseVector x, String name) {
        for (int i = 0; i < x.size(); i++) {
            if (v.name(x.ids()[i]).equals(name)) {
                return x.values()[i];
            }
        }
        return 0;
    }

    @Test
    void dropsCharacterGramsSeenInFewerThanMinCharDfTextsButKeepsRareWords() {
        Vocabulary v = Vocabulary.build(counts(FEATURES, "reset password", "password help", "zebra"), 2);
        Set<String> names = names(v);
        assertTrue(names.contains("w:zebra"), "rare words stay");
        assertTrue(names.contains("b:reset password"));
        assertTrue(names.contains("c: pass"), "in two texts");
        assertFalse(names.contains("c:zeb"), "in one text");
        assertFalse(names.contains("c:rese"));
        Vocabulary all = Vocabulary.build(counts(FEATURES, "reset password", "password help", "zebra"), 1);
        assertTrue(names(all).contains("c:zeb"));
        assertTrue(all.size() > v.size());
    }

    @Test
    void namesAreSortedSoIdsDoNotDependOnHashOrder() {
        Vocabulary v = Vocabulary.build(counts(FEATURES, "how do i reset my password", "refund my order"), 1);
        for (int i = 1; i < v.size(); i++) {
            assertTrue(v.name(i - 1).compareTo(v.name(i)) < 0, v.name(i - 1) + " before " + v.name(i));
        }
    }

    @Test
    void vectorIdsAreStrictlyIncreasingAndEachGroupIsUnitLength() {
        List<TextFeatures.Counts> docs = counts(FEATURES, Corpus.examples().stream().map(Example::text).toArray(String[]::new));
        Vocabulary v = Vocabulary.build(docs, 2);
        for (String text : List.of("how do i reset my password", "where is my parcel parcel", "refund", "zz refund qq")) {
            SparseVector x = v.vector(FEATURES.count(EN, text));
            assertEquals(x.ids().length, x.values().length);
            for (int i = 1; i < x.size(); i++) {
                assertTrue(x.ids()[i - 1] < x.ids()[i], text + ": ids not strictly increasing at " + i);
            }
            assertEquals(1.0, groupNorm(v, x, "w:", "b:"), 1e-5, text + " words");
            assertEquals(1.0, groupNorm(v, x, "c:"), 1e-5, text + " characters");
        }
    }

    @Test
    void ignoresUnknownFeaturesAndGivesAnEmptyVectorWhenNothingIsKnown() {
        Vocabulary v = Vocabulary.build(counts(FEATURES, "reset password", "password help"), 2);
        assertEquals(0, v.vector(FEATURES.count(EN, "zzqx")).size());
        SparseVector x = v.vector(FEATURES.count(EN, "password zzqx"));
        assertTrue(x.size() > 0);
        assertEquals(1.0, groupNorm(v, x, "w:", "b:"), 1e-6, "only w:password is known and it carries all the weight");
        assertEquals(1.0, weight(v, x, "w:password"), 1e-6);
    }

    @Test
    void weighsRareFeaturesAboveCommonOnesAndRepeatsSublinearly() {
        Vocabulary v = Vocabulary.build(counts(FEATURES, "my password", "my refund", "my parcel", "my account"), 2);
        SparseVector x = v.vector(FEATURES.count(EN, "my password"));
        assertTrue(weight(v, x, "w:password") > weight(v, x, "w:my"), "rarer word weighs more");
        SparseVector twice = v.vector(FEATURES.count(EN, "password password my"));
        double ratio = weight(v, twice, "w:password") / weight(v, twice, "w:my");
        double single = weight(v, x, "w:password") / weight(v, x, "w:my");
        assertEquals(single * (1 + Math.log(2)), ratio, 1e-4, "term frequency enters as 1 + log(tf)");
    }

    @Test
    void appendsTheDenseFeaturesAfterTheVocabularyIds() {
        TextFeatures withEmbedder = new TextFeatures(SimpleTokens.INSTANCE, new EntryModelTrainerTest.LetterEmbedder(), 1f);
        Vocabulary v = Vocabulary.build(counts(FEATURES, "reset password", "password help"), 2);
        SparseVector x = v.vector(withEmbedder.count(EN, "password"));
        int n = x.size();
        assertArrayEquals(new int[] {v.size(), v.size() + 1, v.size() + 2, v.size() + 3}, java.util.Arrays.copyOfRange(x.ids(), n - 4, n));
        assertTrue(x.ids()[n - 5] < v.size());
        float[] dense = withEmbedder.count(EN, "password").dense();
        assertArrayEquals(dense, java.util.Arrays.copyOfRange(x.values(), n - 4, n));
    }

    @Test
    void writeThenReadKeepsNamesAndWeights() throws IOException {
        Vocabulary v = Vocabulary.build(counts(FEATURES, "how do i reset my password", "refund my order", "my parcel"), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            v.write(out);
        }
        Vocabulary read = Vocabulary.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(v.size(), read.size());
        SparseVector a = v.vector(FEATURES.count(EN, "reset my parcel"));
        SparseVector b = read.vector(FEATURES.count(EN, "reset my parcel"));
        assertArrayEquals(a.ids(), b.ids());
        assertArrayEquals(a.values(), b.values());
    }
}
