package org.switchboard.faq.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What the detector needs to know about a text, gathered in one pass over its code points (after
 * NFC, so decomposed input counts the same as composed).
 *
 * <p>A word is a run of letters, digits and combining marks that holds at least one letter.
 * {@code markedWords} counts words with a non-ASCII Latin letter (any diacritic);
 * {@code vietnameseWords} counts words with a letter only Vietnamese uses (see
 * {@link VietnameseCues#isVietnameseLetter}).
 */
record TextProfile(int letters, int greek, int arabic, int latin, List<String> words,
                   int markedWords, int vietnameseWords) {

    static TextProfile of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        Counter c = new Counter();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            c.accept(cp);
            i += Character.charCount(cp);
        }
        c.endWord();
        return new TextProfile(c.letters, c.greek, c.arabic, c.latin, List.copyOf(c.words),
                c.markedWords, c.vietnameseWords);
    }

    /** Letters in none of the Latin, Greek and Arabic scripts (Cyrillic, Han, Thai ...). */
    int otherLetters() {
        return letters - greek - arabic - latin;
    }

    private static final class Counter {
        int letters, greek, arabic, latin, markedWords, vietnameseWords;
        final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean wordHasLetter, wordMarked, wordVietnamese;

        void accept(int cp) {
            if (!Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                endWord();
                return;
            }
            word.appendCodePoint(cp);
            if (Character.isLetter(cp)) {
                letter(cp);
            }
        }

        private void letter(int cp) {
            letters++;
            wordHasLetter = true;
            switch (Character.UnicodeScript.of(cp)) {
                case GREEK -> greek++;
                case ARABIC -> arabic++;
                case LATIN -> {
                    latin++;
                    wordMarked |= cp > 0x7F;
                    wordVietnamese |= VietnameseCues.isVietnameseLetter(cp);
                }
                default -> { }
            }
        }

        void endWord() {
            if (wordHasLetter) {
                words.add(word.toString());
                markedWords += wordMarked ? 1 : 0;
                vietnameseWords += wordVietnamese ? 1 : 0;
            }
            word.setLength(0);
            wordHasLetter = wordMarked = wordVietnamese = false;
        }
    }
}
