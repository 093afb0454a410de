package org.switchboard.faq.plain;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.switchboard.faq.Language;

/**
 * Words of a text as the plain-language check and the editor's comparisons see them: split by
 * {@link BreakIterator}'s word instance for the language's locale (a segment counts when it holds
 * a letter or digit; a Vietnamese syllable is one word) and folded: lower case, accents and
 * tashkeel removed, đ → d, final sigma → σ, Arabic alef forms → ا, ى → ي, ة → ه, tatweel removed.
 * Answers' links {@code [text](url)} count as their text.
 */
public final class Folding {
    /** {@code [text](url)}, as answers write links; group 1 is the text. */
    static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]*)]\\(\\s*((?:[^()\\s]|\\([^()\\s]*\\))*)\\s*\\)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** The locale whose break rules split this language's text. */
    static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }

    /** The text with every link {@code [text](url)} replaced by its text. */
    public static String withoutLinks(String text) {
        return LINK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }

    /** The words of a text as written (not folded), in order. */
    public static List<String> words(String text, Language language) {
        BreakIterator it = BreakIterator.getWordInstance(locale(language));
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String segment = text.substring(start, end);
            if (segment.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(segment);
            }
        }
        return out;
    }

    /** The folded words of a text, in order. */
    public static List<String> foldedWords(String text, Language language) {
        return words(text, language).stream().map(Folding::fold).toList();
    }

    /** One word or phrase folded for comparison. */
    public static String fold(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D').replace("\u0640", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('ς', 'σ')
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ى', 'ي').replace('ة', 'ه');
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
