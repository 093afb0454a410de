package org.switchboard.bot;

import java.util.Objects;
import java.util.Optional;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.Language;

/** {@link FaqSearch} over a {@link FaqIndex}: each method is the index's own. */
record IndexSearch(FaqIndex index) implements FaqSearch {
    IndexSearch {
        Objects.requireNonNull(index, "index == null");
    }

    @Override
    public FaqAnswer ask(String question, Language fallback) {
        return index.ask(question, fallback);
    }

    @Override
    public Optional<FaqEntry> entry(String id) {
        return index.entry(id);
    }
}
