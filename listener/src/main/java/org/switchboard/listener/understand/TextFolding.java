package org.switchboard.listener.understand;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a post's text so that spellings people use interchangeably meet: lower case, accents and
 * Vietnamese tone marks removed ("đổi" and "doi"), Greek final sigma, Arabic letter variants
 * (alef forms, alef maqsura, teh marbuta), Arabic diacritics and tatweel, and runs of three or more
 * identical letters cut to two ("soooo" and "soo").
 */
final class TextFolding {
    private TextFolding() {
    }

    static String fold(String text) {
        String lower = text.replace('\u037E', '?').toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        char previous = 0;
        int run = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = map(decomposed.charAt(i));
            if (c == 0) {
                continue;
            }
            run = c == previous ? run + 1 : 1;
            previous = c;
            if (run <= 2 || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The folded form of one char, or 0 to drop it. */
    private static char map(char c) {
        if (c < 0x80) {
            return c;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        return switch (c) {
            case 'đ' -> 'd';
            case 'ς' -> 'σ';
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            case 'ـ' -> 0;
            case '’', '‘', 'ʼ' -> '\'';
            case '“', '”', '«', '»' -> '"';
            case '؟' -> '?';
            default -> c;
        };
    }
}
