package org.switchboard.faq.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseCuesTest {
    @Test
    void recognisesLettersOnlyVietnameseUsesInBothCases() {
        for (int cp : "ăĂđĐơƠưƯĩũạẠảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".codePoints().toArray()) {
            assertTrue(VietnameseCues.isVietnameseLetter(cp), Character.toString(cp));
        }
    }

    @Test
    void ignoresAccentsVietnameseSharesWithFrenchAndPortuguese() {
        for (int cp : "àáâãèéêìíòóôõùúýçñaz".codePoints().toArray()) {
            assertFalse(VietnameseCues.isVietnameseLetter(cp), Character.toString(cp));
        }
    }

    @Test
    void foldsWordsToLowerCaseAsciiBeforeLookingThemUp() {
        assertEquals("doi", VietnameseCues.fold("Đổi"));
        assertEquals(2, VietnameseCues.cueWords(List.of("Tôi", "MUON", "password")));
    }

    @Test
    void needsTwoWordsAndAtLeastHalfOfThemCues() {
        assertFalse(VietnameseCues.decide(1, 1), "chao");
        assertTrue(VietnameseCues.decide(1, 2), "shop oi");
        assertFalse(VietnameseCues.decide(1, 3), "the mat size");
        assertTrue(VietnameseCues.decide(2, 3), "doi mat khau");
        assertFalse(VietnameseCues.decide(0, 2), "ok thanks");
    }
}
