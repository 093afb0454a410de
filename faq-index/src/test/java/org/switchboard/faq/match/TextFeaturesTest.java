package org.switchboard.faq.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;

class TextFeaturesTest {
    private static final Language EN = Language.ENGLISH;

    /** Stems by dropping a final "s" from words, so word and character features come from different tokens. */
    private static final Tokens STEMMING = new Tokens() {
        @Override
        public List<String> words(Language language, String text) {
            return SimpleTokens.INSTANCE.words(language, text).stream().map(w -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w).toList();
        }

        @Override
        public List<String> surface(Language language, String text) {
            return SimpleTokens.INSTANCE.surface(language, text);
        }
    };

    private static Set<String> withPrefix(Map<String, Integer> counts, String prefix) {
        Set<String> out = new TreeSet<>();
        counts.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(k -> out.add(k.substring(prefix.length())));
        return out;
    }

    @Test
    void countsWordUnigramsAndAdjacentBigramsFromStemmedTokens() {
        TextFeatures.Counts c = new TextFeatures(STEMMING).count(EN, "reset passwords, reset links");
        assertEquals(Map.of("w:reset", 2, "w:password", 1, "w:link", 1,
                "b:reset password", 1, "b:password reset", 1, "b:reset link", 1), c.words());
    }

    @Test
    void cutsCharacterGramsFromUnstemmedTokensPaddedWithSpaces() {
        Map<String, Integer> chars = new TextFeatures(STEMMING).count(EN, "cats").chars();
        assertEquals(new TreeSet<>(List.of(
                " c", "ca", "at", "ts", "s ",
                " ca", "cat", "ats", "ts ",
                " cat", "cats", "ats ",
                " cats", "cats ")), withPrefix(chars, "c:"));
        assertTrue(chars.values().stream().allMatch(n -> n == 1));
    }

    @Test
    void stopsAtTheWholePaddedTokenForShortWords() {
        assertEquals(Set.of(" a", "a ", " a "), withPrefix(new TextFeatures(STEMMING).count(EN, "a").chars(), "c:"));
        assertEquals(Set.of(" o", "ok", "k ", " ok", "ok ", " ok "), withPrefix(new TextFeatures(STEMMING).count(EN, "ok").chars(), "c:"));
    }

    @Test
    void neverCutsGramsLongerThanFiveOrAcrossTokens() {
        Map<String, Integer> chars = new TextFeatures(STEMMING).count(EN, "password reset").chars();
        assertTrue(chars.keySet().stream().allMatch(k -> k.length() - 2 >= TextFeatures.MIN_GRAM && k.length() - 2 <= TextFeatures.MAX_GRAM));
        assertFalse(chars.containsKey("c:d r"), "a gram across two tokens");
        assertTrue(chars.containsKey("c:d "));
        assertTrue(chars.containsKey("c: r"));
        assertEquals(1, chars.get("c:ss"));
    }

    @Test
    void countsRepeatedCharacterGramsAcrossTokens() {
        Map<String, Integer> chars = new TextFeatures(STEMMING).count(EN, "reset resets").chars();
        assertEquals(2, chars.get("c: res"));
        assertEquals(1, chars.get("c:set "));
        assertEquals(1, chars.get("c:ets "));
    }

    @Test
    void givesNoDenseFeaturesWithoutAnEmbedderAndScaledOnesWithOne() {
        assertEquals(0, new TextFeatures(STEMMING).count(EN, "hello").dense().length);
        TextFeatures f = new TextFeatures(STEMMING, new EntryModelTrainerTest.LetterEmbedder(), 2f);
        assertEquals(4, f.denseDimension());
        float[] d = f.count(EN, "aaaa").dense();
        assertArrayEquals(new float[] {2f, 0, 0, 0}, d);
        assertEquals(0, f.withoutEmbedder().denseDimension());
        assertEquals(4, new TextFeatures(STEMMING).withEmbedder(new EntryModelTrainerTest.LetterEmbedder()).denseDimension());
    }
}
