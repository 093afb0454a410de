package org.switchboard.faq.analysis.tl;

import static org.apache.lucene.analysis.util.StemmerUtil.deleteN;
import static org.apache.lucene.analysis.util.StemmerUtil.endsWith;
import static org.apache.lucene.analysis.util.StemmerUtil.startsWith;

import java.util.List;

/**
 * A light Tagalog stemmer: strips at most one verbal prefix and one locative or object suffix
 * from a lower-case ASCII word, so "nagbayad" and "magbayad" meet "bayad", and "palitan",
 * "mapalitan" and "magpalit" meet "palit".
 *
 * <p>Rules, in order; a step applies only if at least {@value #MIN_STEM} letters remain:
 * <ol>
 *   <li>Words with anything but a–z are left alone.
 *   <li>Prefix, longest first: makipag- nakipag- makapag- nakapag- maka- naka- paki- mag- nag-
 *       pag- ma- na-, only before a consonant (before a vowel Tagalog writes a hyphen, which the
 *       tokenizer already split: "mag-order"). So "maganda" loses ma-, not mag-.
 *   <li>Suffix: -hin or -han after a vowel ("baguhin" to "bagu"), -in or -an after a consonant
 *       ("palitan" to "palit"). A vowel before -in/-an means the ending is part of the root
 *       ("paraan" stays, "kumain" stays).
 *   <li>After a suffix, a final-syllable u turns back into the root's o: "bagu" to "bago",
 *       "sagut" (sagutin) to "sagot", "limut" (nakalimutan) to "limot".
 * </ol>
 *
 * <p>NOTE: out of scope are infixes (-um-, -in-: "bumili", "binili"), reduplication
 * ("babayaran"), i- prefixes ("ibalik") and sound changes other than o/u (d/r in "bayaran").
 * Like any light stemmer it over-stems some words the same way in questions and answers
 * ("kailan" to "kail", loanwords such as "manager" to "nager").
 */
final class TagalogStemmer {
    static final int MIN_STEM = 4;

    private static final List<String> PREFIXES = List.of(
            "makipag", "nakipag", "makapag", "nakapag", "maka", "naka", "paki", "mag", "nag", "pag", "ma", "na");

    private TagalogStemmer() {
    }

    /** Stems {@code s[0..len)} in place and returns the new length. */
    static int stem(char[] s, int len) {
        if (!isAsciiLetters(s, len)) {
            return len;
        }
        return stripSuffix(s, stripPrefix(s, len));
    }

    private static int stripPrefix(char[] s, int len) {
        for (String p : PREFIXES) {
            int n = p.length();
            if (len - n >= MIN_STEM && startsWith(s, len, p) && !isVowel(s[n])) {
                return deleteN(s, 0, len, n);
            }
        }
        return len;
    }

    private static int stripSuffix(char[] s, int len) {
        for (String suffix : new String[] {"hin", "han", "in", "an"}) {
            int rest = len - suffix.length();
            boolean wantsVowel = suffix.charAt(0) == 'h';
            if (rest >= MIN_STEM && endsWith(s, len, suffix) && isVowel(s[rest - 1]) == wantsVowel) {
                restoreFinalO(s, rest);
                return rest;
            }
        }
        return len;
    }

    /** Turns the last vowel back into o if it is u. */
    private static void restoreFinalO(char[] s, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (isVowel(s[i])) {
                if (s[i] == 'u') {
                    s[i] = 'o';
                }
                return;
            }
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isAsciiLetters(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            if (s[i] < 'a' || s[i] > 'z') {
                return false;
            }
        }
        return true;
    }
}
