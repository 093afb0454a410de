package org.switchboard.faq.match;

import org.switchboard.faq.Language;

/**
 * One labelled training text: a phrasing of the entry at {@code entry} (an index into the
 * model's entry ids) in a language.
 */
public record Example(int entry, Language language, String text) {
}
