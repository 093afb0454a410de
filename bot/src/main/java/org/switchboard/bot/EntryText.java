package org.switchboard.bot;

import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/** An FAQ entry's question and answer in a language: its translation when it has one, else its own. */
final class EntryText {
    private EntryText() {
    }

    static String question(FaqEntry entry, Language language) {
        FaqEntry.Translation t = entry.translations().get(language);
        return t == null ? entry.question() : t.question();
    }

    static String answer(FaqEntry entry, Language language) {
        FaqEntry.Translation t = entry.translations().get(language);
        return t == null ? entry.answer() : t.answer();
    }
}
