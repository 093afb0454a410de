package org.switchboard.faq.language;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Evidence of Vietnamese that the OpenNLP model misses in short text.
 *
 * <ul>
 *   <li><b>Letters.</b> ă đ ĩ ũ ơ ư and the whole Latin Extended Additional range U+1EA0–U+1EF9
 *       (ạ ả ấ ầ ẩ ẫ ậ ắ ... ỹ) in either case. Letters Vietnamese shares with French, Portuguese
 *       or English loanwords (à á â ã è é ê ì í ò ó ô õ ù ú ý) do not count: "café" is English.
 *   <li><b>Cue syllables.</b> Very frequent Vietnamese syllables as typed without diacritics
 *       ("toi muon doi mat khau"), chosen so that none is a common English or Tagalog word: no
 *       "a", "co", "la", "ban", "hang", "mo", "na", "ba". DetectorBench (test tree) measures how
 *       often they fire on English and Tagalog text.
 * </ul>
 */
final class VietnameseCues {
    private static final Set<String> SYLLABLES = Set.of(
            "toi", "minh", "anh", "chi", "khong", "duoc", "muon", "cua", "nhung", "nhieu", "nhu",
            "nao", "sao", "bao", "gio", "gi", "dau", "lam", "xin", "chao", "roi", "chua", "vay",
            "nay", "thi", "voi", "mot", "cac", "oi", "nhe", "hoi", "biet", "phai", "ngay", "hom",
            "thoi", "cung", "duong", "nguoi", "giup", "dung", "sai", "loi", "viec", "mat", "khau",
            "doi", "tra", "dat", "huy", "tien", "hoan", "giao", "nhan", "nhanh", "giam", "gia",
            "mua", "thanh", "toan", "khoan", "nhap", "dia", "dich", "vu", "khach", "pham", "ngan");

    private VietnameseCues() {
    }

    /** True for a letter (either case) that only Vietnamese uses among Latin-script languages. */
    static boolean isVietnameseLetter(int cp) {
        int c = Character.toLowerCase(cp);
        return c == 'ă' || c == 'đ' || c == 'ĩ' || c == 'ũ' || c == 'ơ' || c == 'ư'
                || (cp >= 0x1EA0 && cp <= 0x1EF9);
    }

    /** How many of the words, folded to lower case ASCII, are cue syllables. */
    static int cueWords(List<String> words) {
        int n = 0;
        for (String w : words) {
            n += SYLLABLES.contains(fold(w)) ? 1 : 0;
        }
        return n;
    }

    /**
     * True when there are at least two words (one is too little to go on) and cue syllables make
     * up at least half of them. DetectorBench compared this with stricter and looser rules.
     */
    static boolean decide(int cueWords, int words) {
        return words >= 2 && cueWords > 0 && cueWords * 2 >= words;
    }

    static String fold(String word) {
        if (isAsciiLower(word)) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static boolean isAsciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7F || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
