package org.switchboard.bot.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFoldTest {
    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertEquals("noi chuyen voi nhan vien", TextFold.fold("Nói chuyện với NHÂN VIÊN!"));
        assertEquals("dont", TextFold.fold("don't"));
        assertEquals("", TextFold.fold("?!"));
    }

    @Test
    void aTextFoldedAgainOnTheSameThreadGivesTheSameAndAnotherTextItsOwn() {
        assertEquals("talk to a person", TextFold.fold("Talk to a PERSON"));
        assertEquals("talk to a person", TextFold.fold(new String("Talk to a PERSON")));
        assertEquals("hello", TextFold.fold("Hello!"));
        assertEquals("talk to a person", TextFold.fold("Talk to a PERSON"));
    }

    @Test
    void containsWordsMatchesWholeWordsOnly() {
        assertTrue(TextFold.containsWords("i want a human now", "human"));
        assertTrue(TextFold.containsWords("human", "human"));
        assertTrue(TextFold.containsWords("a real person", "real person"));
        assertFalse(TextFold.containsWords("inhuman treatment", "human"));
        assertFalse(TextFold.containsWords("humans", "human"));
        assertFalse(TextFold.containsWords("humanhuman human", "man"));
        assertTrue(TextFold.containsWords("humanhuman human", "human"));
    }

    @Test
    void containsWordsAgreesWithPaddedContainsOnRandomTexts() {
        Random random = new Random(7);
        List<String> words = List.of("a", "ab", "b", "ba", "aa", "bab");
        for (int n = 0; n < 5_000; n++) {
            String text = randomWords(random, words, 1 + random.nextInt(6));
            String phrase = randomWords(random, words, 1 + random.nextInt(2));
            assertEquals((" " + text + " ").contains(" " + phrase + " "), TextFold.containsWords(text, phrase),
                    "'" + phrase + "' in '" + text + "'");
        }
    }

    private static String randomWords(Random random, List<String> words, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return b.toString();
    }
}
