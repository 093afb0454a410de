package org.switchboard.faq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One question and its answer, as content editors write it.
 *
 * <p>The {@code answer} is plain text in which only simple links are allowed, written
 * {@code [text](https://…)}. {@code alternates} are other ways visitors ask the same question.
 * {@code followUps} are ids of related entries the bot offers as quick replies after answering.
 * {@code translations} hold the same entry in other languages, keyed by language.
 *
 * @param id           stable identifier: letters, digits, {@code . _ -}; unique in a corpus
 * @param language     the language of {@code question}, {@code alternates} and {@code answer}
 * @param question     the canonical question
 * @param alternates   alternate phrasings of the question
 * @param answer       the answer, plain text with simple links
 * @param tags         category and tags, e.g. {@code billing}
 * @param followUps    ids of related entries offered as quick replies
 * @param translations the same entry in other languages
 */
public record FaqEntry(String id, Language language, String question, List<String> alternates, String answer,
                       List<String> tags, List<String> followUps, Map<Language, Translation> translations) {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,199}");

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid id '" + id
                    + "': use 1-200 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        question = requireText(question, "question", id);
        answer = requireText(answer, "answer", id);
        alternates = List.copyOf(alternates == null ? List.of() : alternates);
        tags = List.copyOf(tags == null ? List.of() : tags);
        followUps = List.copyOf(followUps == null ? List.of() : followUps);
        translations = translations == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(translations));
        if (translations.containsKey(language)) {
            throw new IllegalArgumentException("entry '" + id + "': translation repeats the entry's own language " + language.code());
        }
    }

    /** A convenience for an entry with no tags, follow-ups or translations. */
    public static FaqEntry of(String id, Language language, String question, List<String> alternates, String answer) {
        return new FaqEntry(id, language, question, alternates, answer, List.of(), List.of(), Map.of());
    }

    /** The question followed by its alternates. */
    public List<String> phrasings() {
        return concat(question, alternates);
    }

    /** This entry with one more alternate phrasing (ignored when already present). */
    public FaqEntry withAlternate(String phrasing) {
        if (phrasing.equals(question) || alternates.contains(phrasing)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(alternates);
        more.add(phrasing);
        return new FaqEntry(id, language, question, more, answer, tags, followUps, translations);
    }

    static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return List.copyOf(all);
    }

    static String requireText(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("entry '" + id + "': " + field + " is empty");
        }
        return value.strip();
    }

    /**
     * The entry in another language.
     *
     * @param question   the question in that language
     * @param alternates alternate phrasings in that language
     * @param answer     the answer in that language
     */
    public record Translation(String question, List<String> alternates, String answer) {
        public Translation {
            question = requireText(question, "translated question", "?");
            answer = requireText(answer, "translated answer", "?");
            alternates = List.copyOf(alternates == null ? List.of() : alternates);
        }

        /** The question followed by its alternates. */
        public List<String> phrasings() {
            return concat(question, alternates);
        }
    }
}
