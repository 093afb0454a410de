package org.switchboard.faq.plain;

/**
 * One plain-language warning about a text.
 *
 * @param kind       what is wrong
 * @param message    the warning in words, for the editor
 * @param sentence   the sentence concerned (long sentences), else null
 * @param term       the jargon term found, else null
 * @param suggestion the plain words suggested for it, else null
 */
public record PlainWarning(Kind kind, String message, String sentence, String term, String suggestion) {
    /** The kinds of warning, written in the API as {@code long_sentence}, {@code readability}, {@code jargon}. */
    public enum Kind {
        LONG_SENTENCE, READABILITY, JARGON;

        /** The API's name of the kind. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
