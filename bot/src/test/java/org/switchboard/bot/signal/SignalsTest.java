package org.switchboard.bot.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.bot.event.FrustrationSign;
import org.switchboard.bot.phrasing.Phrasebook;
import org.switchboard.faq.Language;

class SignalsTest {
    private static final Signals SIGNALS = Signals.create(Phrasebook.load(Path.of("..", "config", "phrasing")));

    @Test
    void foldsAccentsCaseMarksAndPunctuationAway() {
        assertEquals("noi chuyen voi nhan vien", TextFold.fold("Nói chuyện với NHÂN VIÊN!"));
        assertEquals("dong y", TextFold.fold("Đồng ý"));
        assertEquals("θελω να μιλησω", TextFold.fold("Θέλω να μιλήσω;"));
        assertEquals("ευχαριστω πολυ", TextFold.fold("ευχαριστώ πολύ"));
        assertEquals("σασ", TextFold.fold("σας"), "final sigma folds to the other sigma");
        assertEquals("اريد التحدث مع موظف", TextFold.fold("أُريدُ التّحدّث مع موظّف"));
        assertEquals("شكرا", TextFold.fold("شكرًا"));
        assertEquals("مدرسه", TextFold.fold("مدرسة"));
        assertEquals("that didnt help", TextFold.fold("That didn’t help..."));
        assertEquals("", TextFold.fold(" ?! "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Can I talk to a human?", "i want to speak to someone now", "nói chuyện với nhân viên",
            "cho mình gặp nhân viên", "Θέλω να μιλήσω με έναν άνθρωπο", "Gusto kong makausap ang isang agent",
            "pa-connect sa tao", "أريد التحدث مع موظف", "ممكن اكلم موظف؟"})
    void hearsARequestForAPersonInEveryLanguage(String message) {
        assertTrue(SIGNALS.asksForPerson(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"How do I delete my personal data?", "Is there a person limit on orders?", "nhân viên giao hàng đến chưa?"})
    void doesNotHearAPersonInOtherQuestions(String message) {
        assertFalse(SIGNALS.asksForPerson(message), message);
    }

    @Test
    void thanksYesAndNoAreWholeMessages() {
        assertTrue(SIGNALS.isThanks("Thank you!"));
        assertTrue(SIGNALS.isThanks("cam on nhieu"));
        assertTrue(SIGNALS.isThanks("Ευχαριστώ πολύ"));
        assertTrue(SIGNALS.isThanks("salamat po"));
        assertTrue(SIGNALS.isThanks("شكرًا جزيلًا"));
        assertFalse(SIGNALS.isThanks("thanks, how do I return an item?"));
        assertTrue(SIGNALS.isYes("Yes, it helped."));
        assertTrue(SIGNALS.isYes("Có"));
        assertTrue(SIGNALS.isNo("No, that didn't help"));
        assertTrue(SIGNALS.isNo("όχι"));
        assertTrue(SIGNALS.isNo("hindi po"));
        assertTrue(SIGNALS.isNo("لا"));
        assertFalse(SIGNALS.isNo("không biết giao hàng mất bao lâu"));
    }

    @Test
    void complaintWordsCountInTheMessagesLanguageAndInEnglish() {
        assertEquals(Set.of(FrustrationSign.NEGATIVE_WORDS), SIGNALS.frustration("Dịch vụ quá tệ", Language.VIETNAMESE));
        assertEquals(Set.of(FrustrationSign.NEGATIVE_WORDS), SIGNALS.frustration("Απαράδεκτο!", Language.GREEK));
        assertEquals(Set.of(FrustrationSign.NEGATIVE_WORDS), SIGNALS.frustration("nakakainis na talaga", Language.TAGALOG));
        assertEquals(Set.of(FrustrationSign.NEGATIVE_WORDS), SIGNALS.frustration("الخدمة سيئة", Language.ARABIC));
        assertEquals(Set.of(FrustrationSign.NEGATIVE_WORDS), SIGNALS.frustration("grabe, ang useless", Language.TAGALOG));
        assertEquals(Set.of(), SIGNALS.frustration("How do I change my plan?", Language.ENGLISH));
    }

    @Test
    void shoutingNeedsEnoughLettersMostlyCapitals() {
        assertTrue(Signals.shouting("WHERE IS MY ORDER"));
        assertTrue(Signals.shouting("ΠΟΥ ΕΙΝΑΙ Η ΠΑΡΑΓΓΕΛΙΑ ΜΟΥ"));
        assertFalse(Signals.shouting("HELP"));
        assertFalse(Signals.shouting("My DHL number from ACME is AB123"));
        assertFalse(Signals.shouting("أين طلبي الآن الآن"), "Arabic has no capitals");
    }

    @Test
    void severalExclamationMarksButNotInThanks() {
        assertEquals(Set.of(FrustrationSign.EXCLAMATIONS), SIGNALS.frustration("Where is it!!!", Language.ENGLISH));
        assertEquals(Set.of(), SIGNALS.frustration("Where is it!!", Language.ENGLISH));
        assertEquals(Set.of(), SIGNALS.frustration("THANK YOU!!!", Language.ENGLISH));
    }
}
