package org.switchboard.faq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.faq.analysis.Analysis.exact;
import static org.switchboard.faq.analysis.Analysis.surface;
import static org.switchboard.faq.analysis.Analysis.words;

import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.faq.Language;

/** Behaviour shared by every language; each language's own pairs are in LanguageAnalysisTest. */
class FaqAnalyzersTest {
    private static final FaqAnalyzers analyzers = Analysis.ANALYZERS;

    @ParameterizedTest
    @EnumSource(Language.class)
    void foldsArabicIndicAndPersianDigitsToAsciiInAllThreeChains(Language l) {
        for (Analyzer a : List.of(analyzers.words(l), analyzers.surface(l), analyzers.exact(l))) {
            assertEquals(List.of("123", "45"), FaqAnalyzers.tokens(a, "١٢٣ ۴۵"), l + " " + a);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givesNoTokensForEmptyOrPunctuationOnlyText(Language l) {
        assertEquals(List.of(), words(l, ""));
        assertEquals(List.of(), surface(l, " ?! ... "));
        assertEquals(List.of(), exact(l, "--"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void lowerCasesLatinWordsInEveryLanguage(Language l) {
        assertEquals(List.of("gcash"), surface(l, "GCash"));
        assertEquals(List.of("gcash"), exact(l, "GCash"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void loadsANonEmptyUnmodifiableStopWordList(Language l) {
        CharArraySet stop = analyzers.stopwords(l);
        assertTrue(stop.size() >= 20, l + " has " + stop.size());
        assertThrows(UnsupportedOperationException.class, () -> stop.add("switchboard"));
    }

    @Test
    void keepsStopWordsInWordsBecauseTheClassifierUsesThem() {
        assertEquals(List.of("how", "do", "i", "reset", "my", "password"), words(Language.ENGLISH, "How do I reset my password?"));
        assertEquals(List.of("paano", "ko", "papalit", "ang", "password", "ko"), words(Language.TAGALOG, "Paano ko papalitan ang password ko?"));
    }

    @Test
    void holdsStopWordsInTheFormTheChainsProduce() {
        assertTrue(analyzers.stopwords(Language.VIETNAMESE).contains("va"), "và folded");
        assertTrue(analyzers.stopwords(Language.GREEK).contains("ειναι"), "είναι without accent");
        assertTrue(analyzers.stopwords(Language.ARABIC).contains("الي"), "إلى normalised");
        assertTrue(analyzers.stopwords(Language.ENGLISH).contains("doe"), "does as Porter stems it");
    }

    @Test
    void keepsQuestionWordsAndNegationsOutOfTheStopLists() {
        for (String w : List.of("how", "when", "where", "what", "why", "not", "no")) {
            assertFalse(analyzers.stopwords(Language.ENGLISH).contains(w), w);
        }
        for (String w : List.of("paano", "saan", "kailan", "bakit", "magkano", "hindi", "wala")) {
            assertFalse(analyzers.stopwords(Language.TAGALOG).contains(w), w);
        }
        for (String w : List.of("khong", "cua", "nay", "ban", "toi")) {
            assertFalse(analyzers.stopwords(Language.VIETNAMESE).contains(w), w);
        }
    }

    @Test
    void listsTheTagalogParticlesTheBriefAsksFor() {
        for (String w : List.of("ng", "na", "sa", "ang", "mga", "ay", "at", "ko", "mo", "po")) {
            assertTrue(analyzers.stopwords(Language.TAGALOG).contains(w), w);
        }
    }

    @Test
    void treatsDecomposedInputLikeComposedInput() {
        String nfd = Normalizer.normalize("Đổi mật khẩu", Normalizer.Form.NFD);
        assertEquals(exact(Language.VIETNAMESE, "Đổi mật khẩu"), exact(Language.VIETNAMESE, nfd));
        assertEquals(words(Language.VIETNAMESE, "Đổi mật khẩu"), words(Language.VIETNAMESE, nfd));
    }

    @Test
    void refusesANullLanguage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> analyzers.words(null));
        assertEquals("language == null", e.getMessage());
    }

    @Test
    void refusesUseAfterClose() {
        FaqAnalyzers closed = FaqAnalyzers.create();
        closed.close();
        assertThrows(AlreadyClosedException.class, () -> FaqAnalyzers.tokens(closed.words(Language.ENGLISH), "refund"));
    }

    @Test
    void givesDifferentAnalyzersForEachRole() {
        assertNotEquals(words(Language.ENGLISH, "refunds"), surface(Language.ENGLISH, "refunds"));
    }
}
