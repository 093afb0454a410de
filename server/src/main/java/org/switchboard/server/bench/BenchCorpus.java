package org.switchboard.server.bench;

import java.util.List;
import org.switchboard.faq.FaqEntry;

/**
 * Entries to index and questions to time, with a name for the report.
 *
 * @param name      e.g. {@code clinc150} or {@code synthetic}
 * @param entries   the entries to build the index from
 * @param questions the questions to ask, in order
 */
public record BenchCorpus(String name, List<FaqEntry> entries, List<String> questions) {
    public BenchCorpus {
        entries = List.copyOf(entries);
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException(name + ": no questions to time");
        }
    }

    /** How many phrasings (questions plus alternates) the entries hold in all. */
    public int phrasings() {
        return entries.stream().mapToInt(e -> e.phrasings().size()).sum();
    }
}
