package org.switchboard.bot.signal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching phrases, whatever the keyboard: the rules, in order,
 * <ol>
 *   <li>compatibility forms unified (NFKC) and lower case;</li>
 *   <li>accents and other combining marks removed: Vietnamese tones and vowel marks, Greek
 *       accents, Arabic short vowels and hamza carriers ({@code أ إ آ} become {@code ا});</li>
 *   <li>letters typed interchangeably made one: {@code đ→d}, final {@code ς→σ}, {@code ة→ه},
 *       {@code ى→ي}, {@code ٱ→ا}, {@code ی→ي};</li>
 *   <li>apostrophes and the Arabic tatweel dropped ({@code don't→dont});</li>
 *   <li>any other run of non-letters, non-digits becomes one space; no space at the ends.</li>
 * </ol>
 */
public final class TextFold {
    private TextFold() {
    }

    /**
     * The last text folded on this thread and its folding: a visitor's message is read for many
     * signals (a person asked for, thanks, frustration, each team's words) and folded once.
     */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    /** The folded text, e.g. {@code "Nói chuyện với NHÂN VIÊN!"} becomes {@code "noi chuyen voi nhan vien"}. */
    public static String fold(String text) {
        String[] last = LAST.get();
        if (text.equals(last[0])) {
            return last[1];
        }
        String folded = foldAnew(text);
        last[0] = text;
        last[1] = folded;
        return folded;
    }

    /**
     * Whether folded {@code phrase} occurs in folded {@code text} as whole words: as
     * {@code (" " + text + " ").contains(" " + phrase + " ")}, without building either string.
     */
    public static boolean containsWords(String text, String phrase) {
        int n = phrase.length();
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            if ((i == 0 || text.charAt(i - 1) == ' ') && (i + n == text.length() || text.charAt(i + n) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static String foldAnew(String text) {
        String s = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || dropped(cp)) {
                continue;
            }
            cp = unified(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    private static boolean dropped(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u0640';
    }

    private static int unified(int cp) {
        return switch (cp) {
            case '\u0111' -> 'd';            // đ
            case '\u03C2' -> '\u03C3';       // ς → σ
            case '\u0629' -> '\u0647';       // ة → ه
            case '\u0649', '\u06CC' -> '\u064A'; // ى, ی → ي
            case '\u0671' -> '\u0627';       // ٱ → ا
            default -> cp;
        };
    }
}
