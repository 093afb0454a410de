package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;

/**
 * Checks a set of entries as a whole, the rules no single entry can check alone:
 * <ol>
 *   <li>ids are unique (the message names both places);</li>
 *   <li>no entry lists itself as a follow-up;</li>
 *   <li>every follow-up id names an entry of the corpus.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class CorpusValidator {

    private CorpusValidator() {
    }

    /**
     * Checks entries that came from one place, e.g. an editor's save or a database table.
     *
     * @param sourceName named in the message, e.g. {@code "faq editor"}
     * @throws FaqFormatException on the first problem, naming the entry
     */
    public static void validate(List<FaqEntry> entries, String sourceName) throws FaqFormatException {
        Objects.requireNonNull(sourceName, "sourceName == null");
        List<SourcedEntry> sourced = new ArrayList<>(entries.size());
        for (FaqEntry entry : entries) {
            sourced.add(new SourcedEntry(entry, sourceName, 0));
        }
        validate(sourced);
    }

    /** All three rules over entries from any number of files. */
    static void validate(List<SourcedEntry> entries) throws FaqFormatException {
        Map<String, SourcedEntry> byId = checkWithinFile(entries);
        for (SourcedEntry sourced : entries) {
            for (String followUp : sourced.entry().followUps()) {
                if (!byId.containsKey(followUp)) {
                    throw new FaqFormatException(sourced.source(), sourced.line(), "entry '" + sourced.entry().id()
                            + "' lists unknown follow-up '" + followUp + "'; no entry has that id");
                }
            }
        }
    }

    /** Rules 1 and 2, which hold for any one file even when follow-ups point into other files. */
    static Map<String, SourcedEntry> checkWithinFile(List<SourcedEntry> entries) throws FaqFormatException {
        Map<String, SourcedEntry> byId = new HashMap<>();
        for (SourcedEntry sourced : entries) {
            FaqEntry entry = sourced.entry();
            SourcedEntry first = byId.putIfAbsent(entry.id(), sourced);
            if (first != null) {
                throw new FaqFormatException(sourced.source(), sourced.line(),
                        "duplicate id '" + entry.id() + "', first used at " + first.place());
            }
            if (entry.followUps().contains(entry.id())) {
                throw new FaqFormatException(sourced.source(), sourced.line(),
                        "entry '" + entry.id() + "' lists itself as a follow-up");
            }
        }
        return byId;
    }
}
