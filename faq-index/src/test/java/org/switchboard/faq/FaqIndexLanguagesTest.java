package org.switchboard.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matching in each language over the demo corpus: a visitor's paraphrase reaches its entry however
 * it is typed. Every question here is worded differently from the corpus' phrasings, and each is
 * asked with English as the fallback (a site's default), so the language must be detected too.
 * These tests look at the best candidate, not at the decision, which depends on tuned thresholds.
 */
class FaqIndexLanguagesTest {
    @TempDir
    static Path dataDir;
    private static FaqIndex index;

    @BeforeAll
    static void buildDemoIndex() {
        index = FaqIndex.open(dataDir, FaqIndexConfig.defaults(), FaqResources.load());
        index.replaceAll(Corpora.demo());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /** The question is detected as {@code language} and ranks {@code faqId} first. */
    private static void assertReaches(String faqId, Language language, String question) {
        List<Candidate> ranked = index.rank(question, Language.ENGLISH, 3);
        assertFalse(ranked.isEmpty(), () -> "no candidate for: " + question);
        assertEquals(faqId, ranked.get(0).faqId(), () -> question + " ranked " + ranked);
        FaqAnswer answer = index.ask(question, Language.ENGLISH);
        assertEquals(language, answer.language(), () -> "language of: " + question);
        assertEquals(faqId, answer.best().orElseThrow().faqId(), () -> question + " asked " + answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reset-password | I can't remember my password, how do I get back into my account
            damaged-item   | the box came crushed and the screen is cracked
            instalments    | is there a way to spread the cost over a few months
            delivery-costs | how much do you charge to ship a fridge
            """)
    void englishParaphraseReachesItsEntry(String faqId, String question) {
        assertReaches(faqId, Language.ENGLISH, question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reset-password | quen mat khau thi lam sao                | quên mật khẩu thì làm sao
            return-item    | toi muon doi tra hang                    | tôi muốn đổi trả hàng
            delivery-costs | phi van chuyen cho don nay la bao nhieu  | phí vận chuyển cho đơn này là bao nhiêu
            cancel-order   | toi muon huy don vua dat                 | tôi muốn hủy đơn vừa đặt
            """)
    void vietnameseTypedWithoutDiacriticsReachesTheSameEntryAsWithThem(String faqId, String plain, String marked) {
        assertReaches(faqId, Language.VIETNAMESE, marked);
        assertReaches(faqId, Language.VIETNAMESE, plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reset-password | Δεν θυμάμαι τον κωδικό πρόσβασης, τι να κάνω; | δεν θυμαμαι τον κωδικο προσβασησ, τι να κανω | ΔΕΝ ΘΥΜΑΜΑΙ ΤΟΝ ΚΩΔΙΚΟ ΠΡΟΣΒΑΣΗΣ, ΤΙ ΝΑ ΚΑΝΩ;
            delivery-costs | Πόσα πληρώνω για τα μεταφορικά;                | ποσα πληρωνω για τα μεταφορικα               | ΠΟΣΑ ΠΛΗΡΩΝΩ ΓΙΑ ΤΑ ΜΕΤΑΦΟΡΙΚΑ;
            cancel-order   | Θέλω να ακυρώσω τις αγορές μου                 | θελω να ακυρωσω τισ αγορεσ μου               | ΘΕΛΩ ΝΑ ΑΚΥΡΩΣΩ ΤΙΣ ΑΓΟΡΕΣ ΜΟΥ
            """)
    void greekReachesTheSameEntryWithoutAccentsFinalSigmaOrLowerCase(String faqId, String written, String bare, String capitals) {
        assertReaches(faqId, Language.GREEK, written);
        assertReaches(faqId, Language.GREEK, bare);
        assertReaches(faqId, Language.GREEK, capitals);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            return-item  | أريد إرجاع المنتج الذي اشتريته | اريد ارجاع المنتج الذي اشتريته
            return-item  | أريد إرجاع المنتج الذي اشتريته | إريد أرجاع المنتج الذى اشتريته
            cancel-order | أريد إلغاء طلبي الأخير         | اريد الغاء طلبي الاخير
            """)
    void arabicReachesTheSameEntryWhateverAlefAndHamzaAreTyped(String faqId, String written, String variant) {
        assertReaches(faqId, Language.ARABIC, written);
        assertReaches(faqId, Language.ARABIC, variant);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            damaged-item   | وصلتني الشاشة مكسورة، ماذا أفعل | وصلتني الشاشه مكسوره، ماذا أفعل
            delivery-costs | ما هي تكلفة الشحن لطلبيتي      | ما هي تكلفه الشحن لطلبيتى
            """)
    void arabicReachesTheSameEntryWithTaaMarbutaTypedAsHaa(String faqId, String written, String variant) {
        assertReaches(faqId, Language.ARABIC, written);
        assertReaches(faqId, Language.ARABIC, variant);
    }

    @Test
    void arabicReachesTheSameEntryWithTashkeel() {
        assertReaches("cancel-order", Language.ARABIC, "أريد إلغاء طلبي الأخير");
        assertReaches("cancel-order", Language.ARABIC, "أُرِيدُ إِلْغَاءَ طَلَبِي الأَخِير");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            return-item  | اشتريت المنتج قبل ١٠ أيام وأريد إرجاعه | اشتريت المنتج قبل 10 أيام وأريد إرجاعه
            track-order  | طلبي متأخر ٥ أيام أين هو                | طلبي متأخر 5 أيام أين هو
            instalments  | هل يمكن تقسيط المبلغ على ١٢ شهرا        | هل يمكن تقسيط المبلغ على 12 شهرا
            """)
    void arabicIndicDigitsRankLikeAsciiDigits(String faqId, String arabicIndic, String ascii) {
        assertReaches(faqId, Language.ARABIC, arabicIndic);
        assertReaches(faqId, Language.ARABIC, ascii);
        assertEquals(index.rank(ascii, Language.ENGLISH, 3), index.rank(arabicIndic, Language.ENGLISH, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reset-password | nakalimutan ko yung password ko, paano ko ito mababago
            track-order    | paano ko i-track yung order ko
            return-item    | gusto ko po mag-return ng item na binili ko
            instalments    | pwede ba mag-installment sa TV na bibilhin ko
            delivery-costs | magkano po ang shipping papunta sa Cebu
            cancel-order   | pwede ko bang i-cancel yung order ko kahapon
            damaged-item   | dumating yung TV na basag ang screen, ano gagawin ko
            """)
    void tagalogAndTaglishReachTheirEntry(String faqId, String question) {
        assertReaches(faqId, Language.TAGALOG, question);
    }

    @Test
    void shortQuestionIsAnalysedInTheGivenFallbackLanguage() {
        assertEquals(Language.VIETNAMESE, index.ask("order status", Language.VIETNAMESE).language());
        assertEquals(Language.GREEK, index.ask("order status", Language.GREEK).language());
    }

    @Test
    void longEnoughQuestionIsDetectedWhateverTheFallback() {
        assertEquals(Language.ENGLISH, index.ask("how do I change the address for my delivery", Language.VIETNAMESE).language());
    }
}
