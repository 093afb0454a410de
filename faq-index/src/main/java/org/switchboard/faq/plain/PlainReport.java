package org.switchboard.faq.plain;

import java.util.List;

/**
 * What the plain-language check found in one text.
 *
 * @param warnings    long sentences, a hard readability score, jargon; in that order
 * @param readability the text's score, or why the language has none
 * @param sentences   the sentences counted
 * @param words       the words counted (Vietnamese: syllables)
 */
public record PlainReport(List<PlainWarning> warnings, Readability readability, int sentences, int words) {
    public PlainReport {
        warnings = List.copyOf(warnings);
    }
}
