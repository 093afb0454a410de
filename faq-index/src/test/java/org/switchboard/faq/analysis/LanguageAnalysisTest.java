package org.switchboard.faq.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.switchboard.faq.analysis.Analysis.exact;
import static org.switchboard.faq.analysis.Analysis.surface;
import static org.switchboard.faq.analysis.Analysis.words;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;

/** Per language: texts that must meet in words(), and distinctions the chains must keep. */
class LanguageAnalysisTest {
    private static void sameWords(Language l, String a, String b) {
        assertEquals(words(l, a), words(l, b), a + " | " + b);
    }

    @Nested
    class English {
        private static final Language EN = Language.ENGLISH;

        @Test
        void meetsAcrossPluralPossessiveAndCase() {
            sameWords(EN, "The customer's orders", "the customer order");
            sameWords(EN, "CUSTOMER’S ORDER", "customer order");
            sameWords(EN, "Refunds refunded", "refund refunding");
        }

        @Test
        void foldsAccentsSoCafeMeetsCafe() {
            assertEquals(List.of("cafe"), surface(EN, "Café"));
            sameWords(EN, "café", "cafe");
            assertEquals(List.of("café"), exact(EN, "Café"));
            assertNotEquals(exact(EN, "café"), exact(EN, "cafe"));
        }

        @Test
        void stemsOnlyInWords() {
            assertEquals(List.of("deliveri"), words(EN, "deliveries"));
            assertEquals(List.of("deliveries"), surface(EN, "Deliveries"));
        }
    }

    @Nested
    class Vietnamese {
        private static final Language VI = Language.VIETNAMESE;

        @Test
        void meetsWithAndWithoutDiacritics() {
            assertEquals(List.of("doi", "mat", "khau"), words(VI, "đổi mật khẩu"));
            sameWords(VI, "Làm thế nào để đổi mật khẩu?", "lam the nao de doi mat khau");
            sameWords(VI, "ĐƯỜNG", "duong");
            assertEquals(words(VI, "hoàn tiền"), surface(VI, "hoan tien"));
        }

        @Test
        void foldsDStrokeToD() {
            assertEquals(List.of("d", "d", "dia", "chi"), words(VI, "đ Đ địa chỉ"));
        }

        @Test
        void keepsDiacriticsInExact() {
            assertEquals(List.of("đổi", "mật", "khẩu"), exact(VI, "Đổi Mật Khẩu"));
            assertNotEquals(exact(VI, "đổi"), exact(VI, "doi"));
            assertNotEquals(exact(VI, "đổi"), exact(VI, "đồi"));
            assertEquals(words(VI, "đổi"), words(VI, "đồi"));
        }
    }

    @Nested
    class Greek {
        private static final Language EL = Language.GREEK;

        @Test
        void meetsWithAndWithoutAccentsAndFinalSigma() {
            sameWords(EL, "Πώς αλλάζω τον κωδικό μου;", "πως αλλαζω τον κωδικο μου");
            sameWords(EL, "ΚΩΔΙΚΟΣ", "κωδικός");
            sameWords(EL, "κωδικός", "κωδικοσ");
            sameWords(EL, "προϊόν", "προιον");
        }

        @Test
        void stemsInflectedFormsTogether() {
            sameWords(EL, "λογαριασμός", "λογαριασμού");
            sameWords(EL, "επιστροφή", "επιστροφές");
        }

        @Test
        void keepsSurfaceUnstemmedAndExactAccented() {
            assertEquals(List.of("κωδικοσ"), surface(EL, "Κωδικός"));
            assertEquals(List.of("πώσ"), exact(EL, "Πώς"));
            assertNotEquals(exact(EL, "πώς"), exact(EL, "πως"));
        }
    }

    @Nested
    class Tagalog {
        private static final Language TL = Language.TAGALOG;

        @Test
        void meetsAcrossVerbalAffixes() {
            assertEquals(List.of("palit"), words(TL, "magpalit"));
            sameWords(TL, "palitan", "magpalit");
            sameWords(TL, "mapalitan", "palit");
            sameWords(TL, "nagbayad", "magbayad");
            sameWords(TL, "Nakalimutan ko", "nakalimot ko");
        }

        @Test
        void keepsSurfaceUnstemmed() {
            assertEquals(List.of("nagbayad", "na", "ako"), surface(TL, "Nagbayad na ako"));
            assertEquals(List.of("nagbayad", "na", "ako"), exact(TL, "Nagbayad na ako"));
        }

        @Test
        void splitsHyphenatedAffixesLeavingTheStopWordBehind() {
            assertEquals(List.of("mag", "order"), words(TL, "mag-order"));
        }
    }

    @Nested
    class Arabic {
        private static final Language AR = Language.ARABIC;

        @Test
        void meetsAcrossAlefVariants() {
            sameWords(AR, "إلغاء الطلب", "الغاء الطلب");
            sameWords(AR, "أريد", "اريد");
            sameWords(AR, "آخر", "اخر");
        }

        @Test
        void meetsAcrossAlefMaqsuraTaaMarbutaTashkeelAndTatweel() {
            sameWords(AR, "مستشفى", "مستشفي");
            sameWords(AR, "فاتورة", "فاتوره");
            sameWords(AR, "كَلِمَةُ المُرُورِ", "كلمة المرور");
            sameWords(AR, "كلمـــة", "كلمة");
        }

        @Test
        void lightStemsArticleAndPluralInWordsOnly() {
            sameWords(AR, "الطلب", "طلب");
            sameWords(AR, "طلبات", "طلب");
            assertNotEquals(surface(AR, "الطلب"), surface(AR, "طلب"));
        }

        @Test
        void keepsTaaMarbutaAndTashkeelInExact() {
            assertNotEquals(exact(AR, "فاتورة"), exact(AR, "فاتوره"));
            assertNotEquals(exact(AR, "كَلِمَة"), exact(AR, "كلمة"));
        }
    }
}
