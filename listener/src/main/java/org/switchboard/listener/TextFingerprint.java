package org.switchboard.listener;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of a post's words, so near-identical texts (the same complaint pasted by many
 * accounts, a post copied with another link, "RT @x:" in front) have fingerprints a few bits
 * apart while different texts differ in about half of them. The words are folded (case,
 * accents), links are dropped and so is a leading retweet marker; each word and each pair of
 * neighbouring words votes on every bit.
 */
public final class TextFingerprint {
    /** The fingerprint of a text too short to compare: fewer than {@link #MIN_WORDS} words. */
    public static final long NONE = 0L;
    /** Texts with fewer words are never called near-identical: "@acme thanks!" is said by many. */
    public static final int MIN_WORDS = 4;
    /** Fingerprints at most this many bits apart are near-identical texts. */
    public static final int NEAR = 3;

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern RETWEET = Pattern.compile("(?i)^\\s*rt\\s+@\\w+:?\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[@#]?[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private TextFingerprint() {
    }

    /** The fingerprint of a text, or {@link #NONE} when it has fewer than {@link #MIN_WORDS} words. */
    public static long of(String text) {
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return NONE;
        }
        int[] votes = new int[64];
        for (int i = 0; i < words.size(); i++) {
            vote(votes, hash(words.get(i)));
            if (i + 1 < words.size()) {
                vote(votes, hash(words.get(i) + ' ' + words.get(i + 1)));
            }
        }
        long fp = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fp |= 1L << bit;
            }
        }
        return fp == NONE ? 1L : fp;
    }

    /** How many bits two fingerprints differ in. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Whether two fingerprints are of near-identical texts (neither {@link #NONE}). */
    public static boolean near(long a, long b) {
        return a != NONE && b != NONE && distance(a, b) <= NEAR;
    }

    static List<String> words(String text) {
        String t = RETWEET.matcher(text).replaceFirst("");
        t = LINK.matcher(t).replaceAll(" ");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT).replace('đ', 'd');
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(t);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static void vote(int[] votes, long h) {
        for (int bit = 0; bit < 64; bit++) {
            votes[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
        }
    }

    /** FNV-1a over the chars, then a 64-bit finaliser so every bit depends on every char. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
