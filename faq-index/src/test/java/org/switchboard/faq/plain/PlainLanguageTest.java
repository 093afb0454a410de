package org.switchboard.faq.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;

/** The plain-language check against figures worked out by hand (in the comments). */
class PlainLanguageTest {
    static final JargonList EN = new JargonList(Language.ENGLISH, List.of(
            new JargonTerm("authenticate", "sign in"), new JargonTerm("utilise", "use"),
            new JargonTerm("in order to", "to")));

    private static List<PlainWarning> of(PlainReport r, PlainWarning.Kind kind) {
        return r.warnings().stream().filter(w -> w.kind() == kind).toList();
    }

    @Test
    void fleschOfAOneSyllableSentenceIsWorkedOutByHand() {
        // 1 sentence, 6 words, 6 syllables: 206.835 − 1.015 × 6 − 84.6 × 1 = 116.145
        PlainReport r = PlainLanguage.check("The cat sat on the mat.", Language.ENGLISH, JargonList.empty(Language.ENGLISH));
        assertEquals(1, r.sentences());
        assertEquals(6, r.words());
        assertEquals("Flesch reading ease", r.readability().name());
        assertEquals(116.1, r.readability().score(), 1e-9);
        assertEquals("very easy", r.readability().grade());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void syllablesAreEstimatedFromVowelGroupsWithoutASilentE() {
        // please 1, before 2 (be-fore), change 1, your 1, account 2, password 2, sign 1, reading 2, the 1
        assertEquals(List.of(1, 2, 1, 1, 2, 2, 1, 2, 1), List.of("please", "before", "change", "your", "account",
                "password", "sign", "reading", "the").stream().map(Flesch::syllables).toList());
    }

    @Test
    void fleschOfTwoSentencesIsWorkedOutByHand() {
        // "Please sign in to your account before you change your password." 11 words, 14 syllables
        // (1+1+1+1+1+2+2+1+1+1+2); "It is easy." 3 words, 4 syllables (1+1+2, "easy": ea, y).
        // 2 sentences, 14 words, 18 syllables: 206.835 − 1.015 × 7 − 84.6 × 18/14
        // = 206.835 − 7.105 − 108.771… = 90.958… → 91.0
        PlainReport r = PlainLanguage.check("Please sign in to your account before you change your password. It is easy.",
                Language.ENGLISH, JargonList.empty(Language.ENGLISH));
        assertEquals(2, r.sentences());
        assertEquals(14, r.words());
        assertEquals(91.0, r.readability().score(), 1e-9);
        assertEquals("very easy", r.readability().grade());
    }

    @Test
    void hardEnglishGetsAReadabilityWarningBelowSixty() {
        // 1 sentence, 8 words; vowel groups: organisational 6 (o,a,i,a,io,a), authentication 5 (au,e,i,a,io),
        // requirements 4 (e,ui,e,e: the estimator counts one too many), necessitate 4 (e,e,i,a once the final e
        // goes), comprehensive 4 (o,e,e,i), documentation 5 (o,u,e,a,io), verification 5 (e,i,i,a,io),
        // procedures 3 (o,e,u once "es" goes): 36 syllables
        // 206.835 − 1.015 × 8 − 84.6 × 36/8 = 206.835 − 8.12 − 380.7 = −181.985 → −182.0, very difficult
        PlainReport r = PlainLanguage.check("Organisational authentication requirements necessitate comprehensive "
                + "documentation verification procedures.", Language.ENGLISH, JargonList.empty(Language.ENGLISH));
        assertEquals(8, r.words());
        assertEquals(-182.0, r.readability().score(), 1e-9);
        assertEquals("very difficult", r.readability().grade());
        List<PlainWarning> hard = of(r, PlainWarning.Kind.READABILITY);
        assertEquals(1, hard.size());
        assertTrue(hard.get(0).message().startsWith("Flesch reading ease is -182.0 (very difficult)"), hard.get(0).message());
    }

    @Test
    void aSentenceOverTwentyWordsIsLongAndTheOtherIsNot() {
        String longOne = "You can return any item within thirty days of delivery and we will refund the full price to the card you used to pay.";
        // 24 words: You can return any item within thirty | days of delivery and we will refund the | full price to the card you used to pay (7 + 8 + 9)
        PlainReport r = PlainLanguage.check(longOne + " It is free.", Language.ENGLISH, JargonList.empty(Language.ENGLISH));
        List<PlainWarning> longs = of(r, PlainWarning.Kind.LONG_SENTENCE);
        assertEquals(1, longs.size());
        assertEquals(longOne, longs.get(0).sentence());
        assertEquals("this sentence has 24 words; keep sentences to 20 words or fewer", longs.get(0).message());
    }

    @Test
    void aSentenceOfExactlyTheLimitIsNotLong() {
        String twenty = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.";
        assertEquals(List.of(), of(PlainLanguage.check(twenty, Language.ENGLISH, EN), PlainWarning.Kind.LONG_SENTENCE));
        assertEquals(1, of(PlainLanguage.check("zero " + twenty, Language.ENGLISH, EN), PlainWarning.Kind.LONG_SENTENCE).size());
    }

    @Test
    void linksCountAsTheirTextOnly() {
        // without the link rule the url's parts would be 6 more words
        PlainReport r = PlainLanguage.check("Open [the reset page](https://example.com/account/reset-password/now).",
                Language.ENGLISH, EN);
        assertEquals(4, r.words());
    }

    @Test
    void jargonIsFoundFoldedAsWholeWordsAndPhrasesWithItsSuggestion() {
        PlainReport r = PlainLanguage.check("In order to AUTHENTICATE, utilise the app. Authenticated users and utilisers are fine.",
                Language.ENGLISH, EN);
        List<PlainWarning> j = of(r, PlainWarning.Kind.JARGON);
        assertEquals(List.of("authenticate", "utilise", "in order to"), j.stream().map(PlainWarning::term).toList());
        assertEquals(List.of("sign in", "use", "to"), j.stream().map(PlainWarning::suggestion).toList());
        assertEquals("'authenticate' is jargon; try 'sign in'", j.get(0).message());
        assertTrue(of(PlainLanguage.check("Authenticated users are fine.", Language.ENGLISH, EN), PlainWarning.Kind.JARGON).isEmpty(),
                "a longer word is not the term");
    }

    @Test
    void vietnameseCountsSyllablesAndHasNoScore() {
        // 31 syllables, one sentence (each written apart)
        String s = "Bạn có thể trả lại sản phẩm trong vòng ba mươi ngày kể từ khi nhận hàng và chúng tôi sẽ hoàn tiền đầy đủ vào thẻ mà bạn đã dùng.";
        assertEquals(31, Folding.words(s, Language.VIETNAMESE).size());
        JargonList vi = new JargonList(Language.VIETNAMESE, List.of(new JargonTerm("xác thực", "đăng nhập")));
        PlainReport r = PlainLanguage.check(s + " Hãy XAC THUC tài khoản.", Language.VIETNAMESE, vi);
        List<PlainWarning> longs = of(r, PlainWarning.Kind.LONG_SENTENCE);
        assertEquals(1, longs.size());
        assertEquals("this sentence has 31 syllables; keep sentences to 30 syllables or fewer", longs.get(0).message());
        assertFalse(r.readability().scored());
        assertNull(r.readability().score());
        assertEquals("no established readability formula for Vietnamese", r.readability().note());
        assertEquals(List.of("xác thực"), of(r, PlainWarning.Kind.JARGON).stream().map(PlainWarning::term).toList(),
                "found typed without diacritics and in capitals");
    }

    @Test
    void greekHasNoScoreAndSaysWhyAndFoldsAccentsAndFinalSigma() {
        JargonList el = new JargonList(Language.GREEK, List.of(new JargonTerm("ταυτοποίηση", "σύνδεση")));
        PlainReport r = PlainLanguage.check("Η ΤΑΥΤΟΠΟΙΗΣΗ γίνεται εύκολα.", Language.GREEK, el);
        assertFalse(r.readability().scored());
        assertTrue(r.readability().note().contains("Greek"), r.readability().note());
        assertEquals(1, of(r, PlainWarning.Kind.JARGON).size());
        assertEquals(Folding.fold("λογαριασμός"), Folding.fold("ΛΟΓΑΡΙΑΣΜΟΣ"));
    }

    @Test
    void arabicSplitsAtItsQuestionMarkUsesItsOwnLimitAndFoldsAlefForms() {
        // two sentences: 19 written words (over 16), then 2
        String longOne = "يمكنك إعادة أي منتج خلال ثلاثين يوما من الاستلام وسنعيد لك المبلغ كاملا إلى البطاقة التي استخدمتها عند الدفع";
        assertEquals(19, Folding.words(longOne, Language.ARABIC).size());
        JargonList ar = new JargonList(Language.ARABIC, List.of(new JargonTerm("المصادقة", "تسجيل الدخول")));
        PlainReport r = PlainLanguage.check(longOne + "؟ المصادقه مطلوبة.", Language.ARABIC, ar);
        assertEquals(2, r.sentences());
        assertEquals(1, of(r, PlainWarning.Kind.LONG_SENTENCE).size());
        assertEquals(1, of(r, PlainWarning.Kind.JARGON).size(), "ة and ه fold together");
        assertEquals(Folding.fold("اسم"), Folding.fold("إسم"));
        assertEquals("no established readability formula for Arabic", r.readability().note());
    }

    @Test
    void tagalogHasTheLimitOfTwentyAndNoScore() {
        assertEquals(20, PlainLanguage.limit(Language.TAGALOG));
        PlainReport r = PlainLanguage.check("Pumunta sa pahina ng pag-reset.", Language.TAGALOG, JargonList.empty(Language.TAGALOG));
        assertFalse(r.readability().scored());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void greekSentencesEndAtTheGreekQuestionMark() {
        assertEquals(List.of("Ξεχάσατε τον κωδικό;", "Πατήστε «Ξέχασα τον κωδικό»."),
                PlainLanguage.sentences("Ξεχάσατε τον κωδικό; Πατήστε «Ξέχασα τον κωδικό».", Language.GREEK));
    }
}
