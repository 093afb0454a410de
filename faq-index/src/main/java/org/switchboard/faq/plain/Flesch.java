package org.switchboard.faq.plain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease for English (Flesch 1948): {@code 206.835 − 1.015 × words/sentences −
 * 84.6 × syllables/words}; higher is easier, 60–70 is "plain English". Syllables are estimated by
 * counting groups of vowels after removing a silent final {@code e} (also in {@code -es},
 * {@code -ed}): right for most everyday words, off by one for some ("wanted" counts 1).
 */
final class Flesch {
    static final String NAME = "Flesch reading ease";
    /** Below this the text is harder than plain English: a warning. */
    static final double PLAIN = 60;
    private static final Pattern SILENT_END = Pattern.compile("(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private Flesch() {
    }

    static double score(int sentences, int words, int syllables) {
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    /** The estimated syllables of one English word (at least 1). */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = SILENT_END.matcher(w).replaceFirst(m -> m.group().substring(0, 1));
        if (w.startsWith("y")) {
            w = w.substring(1);
        }
        Matcher m = VOWELS.matcher(w);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }

    static int syllables(List<String> words) {
        return words.stream().mapToInt(Flesch::syllables).sum();
    }

    /** Flesch's own bands, in words. */
    static String grade(double score) {
        if (score >= 90) {
            return "very easy";
        } else if (score >= 80) {
            return "easy";
        } else if (score >= 70) {
            return "fairly easy";
        } else if (score >= 60) {
            return "plain";
        } else if (score >= 50) {
            return "fairly difficult";
        } else if (score >= 30) {
            return "difficult";
        }
        return "very difficult";
    }
}
