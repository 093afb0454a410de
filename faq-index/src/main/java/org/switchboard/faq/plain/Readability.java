package org.switchboard.faq.plain;

/**
 * A readability score of a text, or the honest statement that the language has none.
 *
 * @param name  the formula, e.g. "Flesch reading ease"; null when there is none
 * @param score the score, null when there is none
 * @param grade the score in words ("plain", "difficult"…), null when there is none
 * @param note  why there is no score, null when there is one
 */
public record Readability(String name, Double score, String grade, String note) {
    /** No established formula for the language. */
    public static Readability none(String note) {
        return new Readability(null, null, null, note);
    }

    /** Whether there is a score. */
    public boolean scored() {
        return score != null;
    }
}
