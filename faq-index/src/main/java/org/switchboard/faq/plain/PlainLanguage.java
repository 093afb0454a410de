package org.switchboard.faq.plain;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.switchboard.faq.Language;

/**
 * The plain-language check of one text (an answer) in its language: sentences longer than the
 * language's limit, a readability score where one is established, and the jargon list's terms
 * found. Warnings only: nothing here refuses a text.
 *
 * <p>Sentences are split by {@link BreakIterator}'s sentence instance for the language, words
 * by its word instance (a Vietnamese syllable is one word). Links {@code [text](url)} count as
 * their text. Limits, in words (see {@link #limit}): plain-language guidance (plainlanguage.gov,
 * the UK Government Digital Service) asks for an average of 15–20 words and no more than about
 * 25; we warn above 20 in English, Greek and Tagalog; in Arabic above 16, because conjunctions,
 * prepositions, the article and pronouns are written joined to the next word, so the same
 * sentence has about a fifth fewer written words; in Vietnamese above 30 syllables, since a word
 * is one to three space-separated syllables (about 1.5 on average).
 *
 * <p>Readability: English gets Flesch reading ease. Greek gets none: the adaptations published
 * for Greek use constants fitted on small, different samples that disagree with one another, and
 * none is validated against readers, so a number would look more precise than it is. Vietnamese,
 * Tagalog and Arabic have no established formula; the report says so. Stateless and thread-safe.
 */
public final class PlainLanguage {
    private static final Map<Language, Integer> LIMITS = new EnumMap<>(Map.of(
            Language.ENGLISH, 20, Language.GREEK, 20, Language.TAGALOG, 20, Language.ARABIC, 16, Language.VIETNAMESE, 30));

    private static final Pattern NONE = Pattern.compile("(?!)");
    private static final Map<Language, Pattern> QUESTION_MARKS = Map.of(
            Language.ARABIC, Pattern.compile("(?<=\u061F)\\s+"), Language.GREEK, Pattern.compile("(?<=[;\u037E])\\s+"));

    private PlainLanguage() {
    }

    /** The longest sentence, in words (Vietnamese: syllables), that draws no warning. */
    public static int limit(Language language) {
        return LIMITS.get(Objects.requireNonNull(language, "language"));
    }

    /** Checks a text written in {@code language} against that language's jargon list. */
    public static PlainReport check(String text, Language language, JargonList jargon) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(jargon, "jargon");
        String plain = Folding.withoutLinks(Objects.requireNonNull(text, "text"));
        List<PlainWarning> warnings = new ArrayList<>();
        List<String> allWords = new ArrayList<>();
        int sentences = 0;
        for (String sentence : sentences(plain, language)) {
            List<String> words = Folding.words(sentence, language);
            if (words.isEmpty()) {
                continue;
            }
            sentences++;
            allWords.addAll(words);
            if (words.size() > limit(language)) {
                String unit = language == Language.VIETNAMESE ? "syllables" : "words";
                warnings.add(new PlainWarning(PlainWarning.Kind.LONG_SENTENCE, "this sentence has " + words.size() + " "
                        + unit + "; keep sentences to " + limit(language) + " " + unit + " or fewer", sentence.strip(), null, null));
            }
        }
        Readability readability = readability(language, sentences, allWords);
        if (readability.scored() && readability.score() < Flesch.PLAIN) {
            warnings.add(new PlainWarning(PlainWarning.Kind.READABILITY, String.format(java.util.Locale.ROOT,
                    "%s is %.1f (%s); aim for %.0f or more: shorter sentences and shorter words", readability.name(),
                    readability.score(), readability.grade(), Flesch.PLAIN), null, null, null));
        }
        warnings.addAll(jargon(plain, language, jargon));
        return new PlainReport(warnings, readability, sentences, allWords.size());
    }

    /**
     * The sentences of a text. The JDK's sentence rules end a sentence at {@code . ! ?} but not at
     * the Arabic question mark {@code ؟} nor at the Greek one, written {@code ;} (U+037E is the same
     * character once normalised): the text is cut there first.
     */
    static List<String> sentences(String text, Language language) {
        List<String> out = new ArrayList<>();
        for (String part : QUESTION_MARKS.getOrDefault(language, NONE).split(text)) {
            BreakIterator it = BreakIterator.getSentenceInstance(Folding.locale(language));
            it.setText(part);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                out.add(part.substring(start, end));
            }
        }
        return out;
    }

    static Readability readability(Language language, int sentences, List<String> words) {
        return switch (language) {
            case ENGLISH -> {
                if (words.isEmpty()) {
                    yield Readability.none("no words to score");
                }
                double score = Math.round(Flesch.score(sentences, words.size(), Flesch.syllables(words)) * 10) / 10.0;
                yield new Readability(Flesch.NAME, score, Flesch.grade(score), null);
            }
            case GREEK -> Readability.none("no readability score for Greek: the published adaptations of Flesch disagree"
                    + " on their constants and none is validated with readers");
            case VIETNAMESE -> Readability.none("no established readability formula for Vietnamese");
            case TAGALOG -> Readability.none("no established readability formula for Tagalog");
            case ARABIC -> Readability.none("no established readability formula for Arabic");
        };
    }

    /** Each term of the list found in the text as whole folded words, once, in the list's order. */
    static List<PlainWarning> jargon(String text, Language language, JargonList jargon) {
        List<String> words = Folding.foldedWords(text, language);
        List<PlainWarning> out = new ArrayList<>();
        for (JargonTerm t : jargon.terms()) {
            List<String> term = Folding.foldedWords(t.term(), language);
            if (!term.isEmpty() && java.util.Collections.indexOfSubList(words, term) >= 0) {
                out.add(new PlainWarning(PlainWarning.Kind.JARGON, "'" + t.term() + "' is jargon; try '" + t.suggestion() + "'",
                        null, t.term(), t.suggestion()));
            }
        }
        return out;
    }
}
