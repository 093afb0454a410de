package org.switchboard.faq.io;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes entry ids from questions for formats that have no id column: Unicode letters and digits
 * kept and lowercased, accents composed (NFC) and stray combining marks dropped, every other run
 * of characters turned into one {@code -}, cut to 80 characters. Repeats get {@code -2},
 * {@code -3}, … A question with no letters or digits becomes {@code faq}. Not thread-safe: use one
 * per file.
 */
final class Slugs {
    private static final int MAX_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> used = new HashSet<>();

    /** @param reserved ids given explicitly in the file, never produced from a question */
    Slugs(Collection<String> reserved) {
        used.addAll(reserved);
    }

    /** A new, unused id for the question. */
    String next(String question) {
        String base = slug(question);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The slug of a text, without deduplication. */
    static String slug(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String slug = NON_WORD.matcher(MARKS.matcher(composed).replaceAll("")).replaceAll("-");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "faq" : slug;
    }
}
